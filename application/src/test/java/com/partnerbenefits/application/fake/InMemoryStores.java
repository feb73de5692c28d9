package com.partnerbenefits.application.fake;

import com.partnerbenefits.application.port.out.AccountAccessStore;
import com.partnerbenefits.application.port.out.AccountStore;
import com.partnerbenefits.application.port.out.ContractControlStore;
import com.partnerbenefits.application.port.out.LinkLifecycleStore;
import com.partnerbenefits.application.port.out.PartnerDirectory;
import com.partnerbenefits.application.port.out.ProductVersionStore;
import com.partnerbenefits.domain.contract.ContractCredentials;
import com.partnerbenefits.domain.contract.ContractEvent;
import com.partnerbenefits.domain.shared.Page;
import com.partnerbenefits.domain.shared.SearchText;
import java.util.function.Function;
import java.util.function.Predicate;
import com.partnerbenefits.application.port.out.ContractLinkStore;
import com.partnerbenefits.application.port.out.LinkAttemptStore;
import com.partnerbenefits.application.port.out.IdGenerator;
import com.partnerbenefits.application.port.out.MembershipStore;
import com.partnerbenefits.application.port.out.PartnerStore;
import com.partnerbenefits.application.port.out.ProductStore;
import com.partnerbenefits.application.port.out.SupportContractStore;
import com.partnerbenefits.domain.benefit.TechnicalBenefitId;
import com.partnerbenefits.domain.contract.AccessId;
import com.partnerbenefits.domain.contract.AttemptWindow;
import com.partnerbenefits.domain.contract.ContractLink;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.incident.UsageEntry;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.partner.Login;
import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.product.Product;
import com.partnerbenefits.domain.product.ProductId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
        implements PartnerStore, AccountStore, MembershipStore, ProductStore, SupportContractStore, ContractLinkStore,
        LinkAttemptStore, IdGenerator, PartnerDirectory, ProductVersionStore, AccountAccessStore, ContractControlStore,
        LinkLifecycleStore {

    private final AtomicLong sequence = new AtomicLong();
    private final Map<PartnerId, Partner> partners = new ConcurrentHashMap<>();
    private final Map<String, PartnerId> partnerByMpnId = new ConcurrentHashMap<>();
    private final Map<String, Account> accountsByLogin = new ConcurrentHashMap<>();
    private final Map<MembershipId, Membership> memberships = new ConcurrentHashMap<>();
    private final Map<ProductId, Product> products = new ConcurrentHashMap<>();
    private final Map<String, ProductId> productByName = new ConcurrentHashMap<>();
    private final Map<SupportContractId, SupportContract> contracts = new HashMap<>();
    private final Map<SupportContractId, List<UsageEntry>> ledgers = new HashMap<>();
    private final List<ContractLink> links = new ArrayList<>();
    private boolean failRefunds;
    private final Map<AccountId, Instant> attemptWindows = new HashMap<>();
    private final Map<AccountId, Integer> attemptCounts = new HashMap<>();

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
    public Map<AccountId, Account> findAccounts(Collection<AccountId> ids) {
        return accountsByLogin.values().stream().filter(account -> ids.contains(account.id()))
                .collect(Collectors.toMap(Account::id, account -> account));
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
    public Map<MembershipId, Membership> findMemberships(Collection<MembershipId> ids) {
        return ids.stream().distinct().filter(memberships::containsKey).collect(Collectors.toMap(id -> id, memberships::get));
    }

    private List<Membership> membershipsOf(PartnerId partner) {
        return memberships.values().stream().filter(m -> m.partnerId().equals(partner))
                .sorted(Comparator.comparing(Membership::startsOn).reversed()).toList();
    }

    @Override
    public Map<PartnerId, List<Membership>> membershipsOf(Collection<PartnerId> partnerIds) {
        return partnerIds.stream().distinct().collect(Collectors.toMap(partner -> partner, partner -> membershipsOf(partner)));
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

    @Override
    public synchronized Optional<SupportContract> findByAccessId(AccessId accessId) {
        return contracts.values().stream().filter(c -> c.accessId().equals(accessId)).findFirst();
    }

    @Override
    public synchronized Map<SupportContractId, SupportContract> findContracts(Collection<SupportContractId> ids) {
        return ids.stream().distinct().filter(contracts::containsKey).collect(Collectors.toMap(id -> id, contracts::get));
    }

    @Override
    public synchronized Optional<SupportContract> consume(SupportContractId id, UsageEntry consumed) {
        SupportContract c = contracts.get(id);
        if (c == null || c.incidentsRemaining() == 0) {
            return Optional.empty();
        }
        setRemaining(id, c.incidentsRemaining() - 1);
        ledgers.computeIfAbsent(id, key -> new ArrayList<>()).add(consumed);
        return Optional.of(contracts.get(id));
    }

    /** Test hook: give-backs fail, as when the store goes away between taking a count and giving it back. */
    public synchronized void failRefunds(boolean fail) {
        failRefunds = fail;
    }

    @Override
    public synchronized boolean refund(SupportContractId id, UsageEntry refunded) {
        if (failRefunds) {
            throw new IllegalStateException("store down");
        }
        SupportContract c = contracts.get(id);
        List<UsageEntry> ledger = ledgers.computeIfAbsent(id, key -> new ArrayList<>());
        boolean already = ledger.stream().anyMatch(e -> e.kind() == UsageEntry.Kind.REFUNDED
                && e.incident().equals(refunded.incident()));
        if (c == null || already || c.incidentsRemaining() >= c.allowance().incidents()) {
            return false;
        }
        setRemaining(id, c.incidentsRemaining() + 1);
        ledger.add(refunded);
        return true;
    }

    @Override
    public synchronized List<UsageEntry> usageOf(SupportContractId id) {
        return List.copyOf(ledgers.getOrDefault(id, List.of()));
    }

    @Override
    public synchronized Map<SupportContractId, List<UsageEntry>> ledgersWrittenSince(Instant since) {
        Map<SupportContractId, List<UsageEntry>> written = new HashMap<>();
        ledgers.forEach((id, ledger) -> {
            if (ledger.stream().anyMatch(line -> !line.at().isBefore(since))) {
                written.put(id, List.copyOf(ledger));
            }
        });
        return written;
    }

    /** Test hook: what incidents will do to a contract's count. */
    public synchronized void setRemaining(SupportContractId id, int remaining) {
        SupportContract c = contracts.get(id);
        contracts.put(id, new SupportContract(c.id(), c.benefitId(), c.partnerId(), c.accessId(), c.contractId(),
                c.allowance(), remaining, c.activatedAt()));
    }

    @Override
    public synchronized boolean addIfNew(ContractLink link) {
        if (findLink(link.contractId(), link.accountId()).isPresent()) {
            return false;
        }
        links.add(link);
        return true;
    }

    @Override
    public synchronized Optional<ContractLink> findLink(SupportContractId contract, AccountId account) {
        return links.stream().filter(l -> l.contractId().equals(contract) && l.accountId().equals(account)).findFirst();
    }

    @Override
    public synchronized List<ContractLink> linksOf(AccountId account) {
        return links.stream().filter(l -> l.accountId().equals(account))
                .sorted(Comparator.comparing(ContractLink::linkedAt).reversed()).toList();
    }

    @Override
    public synchronized Map<SupportContractId, List<ContractLink>> linksTo(Collection<SupportContractId> ids) {
        Map<SupportContractId, List<ContractLink>> answer = new HashMap<>();
        ids.forEach(id -> answer.put(id, links.stream().filter(l -> l.contractId().equals(id)).toList()));
        return answer;
    }

    @Override
    public synchronized Optional<Instant> fullWindowStart(AccountId account, Instant now, AttemptWindow window) {
        Instant start = attemptWindows.get(account);
        boolean full = start != null && window.endOf(start).isAfter(now) && attemptCounts.get(account) >= window.maxFailures();
        return full ? Optional.of(start) : Optional.empty();
    }

    @Override
    public synchronized void recordFailure(AccountId account, Instant now, AttemptWindow window) {
        Instant start = attemptWindows.get(account);
        if (start == null || !window.endOf(start).isAfter(now)) {
            attemptWindows.put(account, now);
            attemptCounts.put(account, 0);
        }
        attemptCounts.merge(account, 1, Integer::sum);
    }

    // --- The operator's desk and the partner admin's controls (issue 15) ---

    private record LinkKey(SupportContractId contract, AccountId account) {
    }

    private final Map<LinkKey, AccessId> pendingLinks = new HashMap<>();
    private final Map<SupportContractId, List<ContractEvent>> linkEvents = new HashMap<>();
    private final Map<SupportContractId, List<ContractEvent>> contractEvents = new HashMap<>();
    private final Map<SupportContractId, AccountId> activators = new HashMap<>();

    @Override
    public Page<Partner> partners(Optional<SearchText> search, int first, Optional<PartnerId> after) {
        Predicate<Partner> matches = partner -> search.map(SearchText::value).map(text ->
                partner.name().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))
                        || partner.mpnId().value().startsWith(text)).orElse(true);
        return newestFirst(partners.values().stream().filter(matches).toList(), p -> p.id().value(),
                after.map(PartnerId::value), first);
    }

    @Override
    public Page<Account> accounts(Optional<SearchText> search, int first, Optional<AccountId> after) {
        Predicate<Account> matches = account -> search.map(text -> account.login().value()
                .contains(text.value().toLowerCase(Locale.ROOT))).orElse(true);
        return newestFirst(accountsByLogin.values().stream().filter(matches).toList(), a -> a.id().value(),
                after.map(AccountId::value), first);
    }

    @Override
    public Page<Account> accountsOf(PartnerId partner, int first, Optional<AccountId> after) {
        return newestFirst(accountsByLogin.values().stream().filter(account -> account.belongsTo(partner)).toList(),
                a -> a.id().value(), after.map(AccountId::value), first);
    }

    private static <T> Page<T> newestFirst(List<T> all, Function<T, String> id, Optional<String> after, int first) {
        List<T> sorted = all.stream().sorted(Comparator.comparing(id).reversed())
                .filter(item -> after.map(cursor -> id.apply(item).compareTo(cursor) < 0).orElse(true)).toList();
        return new Page<>(sorted.subList(0, Math.min(first, sorted.size())), sorted.size() > first, all.size());
    }

    @Override
    public synchronized boolean replaceVersionsIf(ProductId id, List<String> expected, List<String> versions) {
        Product current = products.get(id);
        if (current == null || !current.versions().equals(expected)) {
            return false;
        }
        products.put(id, new Product(id, current.name(), current.kind(), versions));
        return true;
    }

    @Override
    public synchronized boolean replaceAccessIf(Account current, Account changed) {
        Account stored = accountsByLogin.get(current.login().value());
        if (stored == null || !stored.partnerId().equals(current.partnerId())) {
            return false;
        }
        accountsByLogin.put(current.login().value(), new Account(stored.id(), stored.login(), stored.kind(),
                changed.partnerId(), changed.roles(), changed.associations(), stored.createdAt()));
        return true;
    }

    @Override
    public synchronized boolean addActivated(SupportContract contract, AccountId activatedBy) {
        if (!addIfUnique(contract)) {
            return false;
        }
        activators.put(contract.id(), activatedBy);
        return true;
    }

    @Override
    public synchronized boolean rotateCredentials(SupportContractId id, AccessId current, ContractCredentials fresh,
            ContractEvent rotated) {
        SupportContract c = contracts.get(id);
        boolean taken = contracts.values().stream().anyMatch(other -> other.accessId().equals(fresh.accessId())
                || other.contractId().equals(fresh.contractId()));
        if (c == null || !c.accessId().equals(current) || taken) {
            return false;
        }
        contracts.put(id, new SupportContract(c.id(), c.benefitId(), c.partnerId(), fresh.accessId(), fresh.contractId(),
                c.allowance(), c.incidentsRemaining(), c.activatedAt()));
        contractEvents.computeIfAbsent(id, key -> new ArrayList<>()).add(rotated);
        return true;
    }

    @Override
    public synchronized Map<SupportContractId, AccountId> activatedBy(Collection<SupportContractId> ids) {
        Map<SupportContractId, AccountId> answer = new HashMap<>();
        ids.stream().filter(activators::containsKey).forEach(id -> answer.put(id, activators.get(id)));
        return answer;
    }

    @Override
    public synchronized List<ContractEvent> contractEvents(SupportContractId id) {
        List<ContractEvent> events = new ArrayList<>(contractEvents.getOrDefault(id, List.of()));
        findContract(id).ifPresent(c -> events.add(ContractEvent.activated(id, c.activatedAt(), Optional.ofNullable(activators.get(id)))));
        return events;
    }

    @Override
    public synchronized boolean claim(ContractLink link, AccessId presented) {
        if (findLink(link.contractId(), link.accountId()).isPresent()) {
            return false;
        }
        pendingLinks.put(new LinkKey(link.contractId(), link.accountId()), presented);
        return true;
    }

    @Override
    public synchronized boolean confirm(SupportContractId contract, AccountId account, AccessId presented,
            ContractEvent linked) {
        if (!presented.equals(pendingLinks.get(new LinkKey(contract, account)))) {
            return false;
        }
        pendingLinks.remove(new LinkKey(contract, account));
        links.add(new ContractLink(contract, account, linked.at()));
        linkEvents.computeIfAbsent(contract, key -> new ArrayList<>()).add(linked);
        return true;
    }

    @Override
    public synchronized void rejectPending(SupportContractId contract, AccessId stale) {
        pendingLinks.entrySet().removeIf(e -> e.getKey().contract().equals(contract) && e.getValue().equals(stale));
    }

    @Override
    public synchronized Optional<ContractLink> unlink(SupportContractId contract, AccountId account, ContractEvent unlinked) {
        Optional<ContractLink> link = findLink(contract, account);
        link.ifPresent(found -> {
            links.remove(found);
            linkEvents.computeIfAbsent(contract, key -> new ArrayList<>()).add(unlinked);
        });
        return link;
    }

    @Override
    public synchronized List<ContractEvent> linkEvents(SupportContractId contract) {
        return List.copyOf(linkEvents.getOrDefault(contract, List.of()));
    }
}
