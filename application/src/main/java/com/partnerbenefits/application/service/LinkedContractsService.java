package com.partnerbenefits.application.service;

import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.BenefitContract;
import com.partnerbenefits.application.port.in.LinkedContractsQuery;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.SupportPlansQuery;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.out.AccountStore;
import com.partnerbenefits.application.port.out.ContractLinkStore;
import com.partnerbenefits.application.port.out.MembershipStore;
import com.partnerbenefits.application.port.out.ProductStore;
import com.partnerbenefits.application.port.out.SupportContractStore;
import com.partnerbenefits.domain.contract.ContractLink;
import com.partnerbenefits.domain.contract.Coverage;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.contract.UnavailabilityReason;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.product.Product;
import com.partnerbenefits.domain.product.ProductId;
import com.partnerbenefits.domain.product.ProductVersion;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The viewer's linked contracts (three round trips, however many), who linked a contract, and the plan picker. */
public class LinkedContractsService implements LinkedContractsQuery, SupportPlansQuery {

    private final AccessPolicy policy;
    private final ContractLinkStore links;
    private final SupportContractStore contracts;
    private final MembershipStore memberships;
    private final AccountStore accounts;
    private final ProductStore products;
    private final Clock clock;

    public LinkedContractsService(AccessPolicy policy, ContractLinkStore links, SupportContractStore contracts, MembershipStore memberships,
            AccountStore accounts, ProductStore products, Clock clock) {
        this.policy = policy;
        this.links = links;
        this.contracts = contracts;
        this.memberships = memberships;
        this.accounts = accounts;
        this.products = products;
        this.clock = clock;
    }

    @Override
    public Map<SupportContractId, Instant> viewerLinks(Viewer viewer) {
        Map<SupportContractId, Instant> answer = new HashMap<>();
        links.linksOf(viewer.account().id()).forEach(link -> answer.put(link.contractId(), link.linkedAt()));
        return answer;
    }

    @Override
    public List<LinkedContract> linkedContractsOf(Viewer viewer) {
        List<ContractLink> own = links.linksOf(viewer.account().id());
        if (own.isEmpty()) {
            return List.of();
        }
        Map<SupportContractId, SupportContract> linked = contracts.findContracts(
                own.stream().map(ContractLink::contractId).toList());
        Map<MembershipId, Membership> terms = memberships.findMemberships(
                linked.values().stream().map(contract -> contract.benefitId().membershipId()).distinct().toList());
        LocalDate today = LocalDate.now(clock);
        List<LinkedContract> answer = new ArrayList<>();
        for (ContractLink link : own) {
            Optional.ofNullable(linked.get(link.contractId())).ifPresent(contract -> answer.add(new LinkedContract(
                    policy.contractAsReadBy(viewer, today, contract, terms.get(contract.benefitId().membershipId())), link.linkedAt())));
        }
        return answer;
    }

    @Override
    public Map<SupportContractId, Result<List<AccountLink>, LinkedContractsQuery.Reason>> linkedAccountsOf(Viewer viewer, Set<SupportContractId> ids) {
        Map<SupportContractId, SupportContract> found = contracts.findContracts(ids);
        List<SupportContractId> allowed = found.values().stream()
                .filter(contract -> policy.maySeeContractHistory(viewer, contract))
                .map(SupportContract::id).toList();
        Map<SupportContractId, List<ContractLink>> linksTo = allowed.isEmpty() ? Map.of() : links.linksTo(allowed);
        Map<AccountId, Account> linkedAccounts = accounts.findAccounts(
                linksTo.values().stream().flatMap(List::stream).map(ContractLink::accountId).distinct().toList());
        Map<SupportContractId, Result<List<AccountLink>, LinkedContractsQuery.Reason>> answer = new HashMap<>();
        for (SupportContractId id : ids) {
            answer.put(id, !allowed.contains(id) ? Result.refused(LinkedContractsQuery.Reason.NOT_AUTHORIZED)
                    : Result.succeeded(linksTo.getOrDefault(id, List.of()).stream()
                            .filter(link -> linkedAccounts.containsKey(link.accountId()))
                            .map(link -> new AccountLink(policy.shownTo(viewer, linkedAccounts.get(link.accountId())), link.linkedAt())).toList()));
        }
        return answer;
    }

    @Override
    public Result<SupportPlans, SupportPlansQuery.Reason> supportPlans(Viewer viewer, ProductId productId, String productVersion) {
        Optional<Product> product = products.findProduct(productId);
        if (product.isEmpty()) {
            return Result.refused(Refusal.notFound("productId"));
        }
        Optional<ProductVersion> version = product.get().version(productVersion);
        if (version.isEmpty()) {
            return Result.refused(Refusal.notFound("productVersion"));
        }
        LocalDate today = LocalDate.now(clock);
        List<LinkedContract> available = new ArrayList<>();
        List<Unavailable> unavailable = new ArrayList<>();
        for (LinkedContract plan : linkedContractsOf(viewer)) {
            List<UnavailabilityReason> reasons = Coverage.reasons(plan.contract().contract(), plan.contract().membership(),
                    product.get(), version.get(), today);
            if (reasons.isEmpty()) {
                available.add(plan);
            } else {
                unavailable.add(new Unavailable(plan, reasons));
            }
        }
        return Result.succeeded(new SupportPlans(product.get(), version.get(), available, unavailable,
                available.isEmpty() ? Coverage.wayForward(product.get(), version.get()) : List.of()));
    }
}
