package com.partnerbenefits.application.fake;

import com.partnerbenefits.application.port.out.AccountStore;
import com.partnerbenefits.application.port.out.IdGenerator;
import com.partnerbenefits.application.port.out.MembershipStore;
import com.partnerbenefits.application.port.out.PartnerStore;
import com.partnerbenefits.application.port.out.ProductStore;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.partner.Login;
import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.product.Product;
import com.partnerbenefits.domain.product.ProductId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** In-memory fakes of the out-ports, with the same atomicity promises as the real store. */
public class InMemoryStores implements PartnerStore, AccountStore, MembershipStore, ProductStore, IdGenerator {

    private final AtomicLong sequence = new AtomicLong();
    private final Map<PartnerId, Partner> partners = new ConcurrentHashMap<>();
    private final Map<String, PartnerId> partnerByMpnId = new ConcurrentHashMap<>();
    private final Map<String, Account> accountsByLogin = new ConcurrentHashMap<>();
    private final Map<MembershipId, Membership> memberships = new ConcurrentHashMap<>();
    private final Map<ProductId, Product> products = new ConcurrentHashMap<>();
    private final Map<String, ProductId> productByName = new ConcurrentHashMap<>();

    @Override
    public String newId() {
        return String.format("%024d", sequence.incrementAndGet());
    }

    @Override
    public boolean addIfMpnIdFree(Partner partner) {
        if (partnerByMpnId.putIfAbsent(partner.mpnId().value(), partner.id()) != null) {
            return false;
        }
        partners.put(partner.id(), partner);
        return true;
    }

    @Override
    public Optional<Partner> findPartner(PartnerId id) {
        return Optional.ofNullable(partners.get(id));
    }

    @Override
    public Account findOrRecord(Account firstSeen) {
        return accountsByLogin.computeIfAbsent(firstSeen.login().value(), login -> firstSeen);
    }

    @Override
    public Optional<Account> findByLogin(Login login) {
        return Optional.ofNullable(accountsByLogin.get(login.value()));
    }

    @Override
    public Optional<Account> findAccount(AccountId id) {
        return accountsByLogin.values().stream().filter(account -> account.id().equals(id)).findFirst();
    }

    @Override
    public Optional<Account> registerPartnerAccount(Account account) {
        Account[] registered = new Account[1];
        accountsByLogin.compute(account.login().value(), (login, existing) -> {
            if (existing != null && existing.partnerId().isPresent()) {
                return existing;
            }
            registered[0] = existing == null ? account : new Account(existing.id(), account.login(), account.kind(),
                    account.partnerId(), account.roles(), account.associations(), existing.createdAt());
            return registered[0];
        });
        return Optional.ofNullable(registered[0]);
    }

    @Override
    public void addMembership(Membership membership) {
        memberships.put(membership.id(), membership);
    }

    @Override
    public Optional<Membership> findMembership(MembershipId id) {
        return Optional.ofNullable(memberships.get(id));
    }

    @Override
    public List<Membership> membershipsOf(PartnerId partner) {
        return memberships.values().stream().filter(m -> m.partnerId().equals(partner))
                .sorted(Comparator.comparing(Membership::startsOn).reversed()).toList();
    }

    @Override
    public Optional<Membership> moveEndEarlier(MembershipId id, LocalDate endsOn) {
        return Optional.ofNullable(memberships.computeIfPresent(id,
                (key, m) -> endsOn.isBefore(m.endsOn()) ? m.endOn(endsOn) : m));
    }

    @Override
    public boolean addIfNameFree(Product product) {
        if (productByName.putIfAbsent(product.name().toLowerCase(Locale.ROOT), product.id()) != null) {
            return false;
        }
        products.put(product.id(), product);
        return true;
    }

    @Override
    public List<Product> allProducts() {
        return products.values().stream().sorted(Comparator.comparing(Product::name)).toList();
    }

    @Override
    public Optional<Product> findProduct(ProductId id) {
        return Optional.ofNullable(products.get(id));
    }
}
