package com.partnerbenefits.application.fake;

import com.partnerbenefits.application.port.out.AccountStore;
import com.partnerbenefits.application.port.out.IdGenerator;
import com.partnerbenefits.application.port.out.MembershipStore;
import com.partnerbenefits.application.port.out.PartnerStore;
import com.partnerbenefits.application.port.out.ProductStore;
import com.partnerbenefits.application.port.out.SupportContractStore;
import com.partnerbenefits.domain.benefit.TechnicalBenefitId;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.SupportContractId;
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
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/** In-memory fakes of the out-ports, with the same atomicity promises as the real store. */
public class InMemoryStores
        implements PartnerStore, AccountStore, MembershipStore, ProductStore, SupportContractStore, IdGenerator {

    private final AtomicLong sequence = new AtomicLong();
    private final Map<PartnerId, Partner> partners = new ConcurrentHashMap<>();
    private final Map<String, PartnerId> partnerByMpnId = new ConcurrentHashMap<>();
    private final Map<String, Account> accountsByLogin = new ConcurrentHashMap<>();
    private final Map<MembershipId, Membership> memberships = new ConcurrentHashMap<>();
    private final Map<ProductId, Product> products = new ConcurrentHashMap<>();
    private final Map<String, ProductId> productByName = new ConcurrentHashMap<>();
    private final Map<SupportContractId, SupportContract> contracts = new HashMap<>();

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
    public Map<PartnerId, List<Membership>> membershipsOf(Collection<PartnerId> partnerIds) {
        return partnerIds.stream().distinct().collect(Collectors.toMap(partner -> partner, this::membershipsOf));
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

    /** Unique on benefit, Access ID and Contract ID, like the store's indexes. */
    @Override
    public synchronized boolean addIfUnique(SupportContract contract) {
        boolean taken = contracts.values().stream().anyMatch(c -> c.benefitId().equals(contract.benefitId())
                || c.accessId().equals(contract.accessId()) || c.contractId().equals(contract.contractId()));
        if (!taken) {
            contracts.put(contract.id(), contract);
        }
        return !taken;
    }

    @Override
    public synchronized Optional<SupportContract> findByBenefit(TechnicalBenefitId benefit) {
        return contracts.values().stream().filter(c -> c.benefitId().equals(benefit)).findFirst();
    }

    @Override
    public synchronized Map<TechnicalBenefitId, SupportContract> contractsOf(Collection<TechnicalBenefitId> benefits) {
        return contracts.values().stream().filter(c -> benefits.contains(c.benefitId()))
                .collect(Collectors.toMap(SupportContract::benefitId, c -> c));
    }

    @Override
    public synchronized Optional<SupportContract> findContract(SupportContractId id) {
        return Optional.ofNullable(contracts.get(id));
    }
}
