package com.partnerbenefits.adapter.graphql.support;

import com.partnerbenefits.adapter.graphql.benefit.SupportContractView;
import com.partnerbenefits.adapter.graphql.benefit.TechnicalBenefitView;
import com.partnerbenefits.adapter.graphql.catalog.EntitlementRuleView;
import com.partnerbenefits.adapter.graphql.incident.IncidentViews.IncidentView;
import com.partnerbenefits.adapter.graphql.catalog.ProductView;
import com.partnerbenefits.adapter.graphql.partner.AccountView;
import com.partnerbenefits.adapter.graphql.partner.MembershipView;
import com.partnerbenefits.adapter.graphql.partner.PartnerView;
import com.partnerbenefits.application.port.in.BenefitContract;
import com.partnerbenefits.application.port.in.FirstResponseSlaQuery;
import com.partnerbenefits.application.port.in.MembershipStanding;
import com.partnerbenefits.application.port.in.TechnicalBenefitsQuery.GrantedBenefit;
import com.partnerbenefits.domain.benefit.EntitlementRule;
import com.partnerbenefits.domain.benefit.IncidentAllowance;
import com.partnerbenefits.domain.benefit.TechnicalBenefit;
import com.partnerbenefits.domain.contract.ContractCredentials;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.incident.Incident;
import com.partnerbenefits.domain.incident.IncidentRequest;
import com.partnerbenefits.domain.incident.Resolution;
import com.partnerbenefits.domain.membership.CompetencyArea;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.MpnId;
import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.partner.PartnerRole;
import com.partnerbenefits.domain.partner.ProgramAssociation;
import com.partnerbenefits.domain.partner.Login;
import com.partnerbenefits.domain.product.Product;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.springframework.beans.factory.annotation.Autowired;

/** Domain → GraphQL views. IDs are always encoded here, through the one global ID codec. */
@Mapper
public abstract class ViewMapper {

    protected GlobalIds ids;
    protected FirstResponseSlaQuery sla;

    @Autowired
    public void setIds(GlobalIds ids) {
        this.ids = ids;
    }

    /** The application decides whether an incident's SLA is breached now; the view only shows it. */
    @Autowired
    public void setSla(FirstResponseSlaQuery sla) {
        this.sla = sla;
    }

    @Mapping(target = "id", expression = "java(ids.encode(NodeTypes.PARTNER, partner.id().value()))")
    @Mapping(target = "partnerId", source = "id")
    @Mapping(target = "timeZone", expression = "java(partner.timeZone().getId())")
    public abstract PartnerView toView(Partner partner);

    @Mapping(target = "id", expression = "java(ids.encode(NodeTypes.ACCOUNT, account.id().value()))")
    public abstract AccountView toView(Account account);

    /** Whether it is active was decided by the application. */
    public MembershipView toView(MembershipStanding standing) {
        Membership membership = standing.membership();
        return new MembershipView(ids.encode(NodeTypes.MEMBERSHIP, membership.id().value()), membership.offer(),
                areaName(membership.competencyArea()), membership.cloudCompetency(), membership.startsOn(),
                membership.endsOn(), standing.active(), standing);
    }

    /** {@code contract} is null until the benefit is activated. */
    public TechnicalBenefitView toView(GrantedBenefit granted, BenefitContract contract) {
        TechnicalBenefit benefit = granted.benefit();
        IncidentAllowance allowance = benefit.allowance();
        return new TechnicalBenefitView(ids.encode(NodeTypes.TECHNICAL_BENEFIT, benefit.id().value()), benefit.kind(),
                allowance.unlimited(), count(allowance, allowance.incidents()), contract != null,
                contract == null ? null : toView(contract), granted.membership());
    }

    /**
     * Its status and whether the caller reads its credentials were decided by the application: the
     * Access ID and Contract ID come from {@code credentials()} only (null when the policy withholds them).
     */
    public SupportContractView toView(BenefitContract benefitContract) {
        SupportContract contract = benefitContract.contract();
        IncidentAllowance allowance = contract.allowance();
        Optional<ContractCredentials> credentials = benefitContract.credentials();
        return new SupportContractView(ids.encode(NodeTypes.SUPPORT_CONTRACT, contract.id().value()), contract.id(),
                contract.partnerId(), credentials.map(pair -> pair.accessId().value()).orElse(null),
                credentials.map(pair -> pair.contractId().value()).orElse(null), benefitContract.status(),
                contract.benefitId().kind(), contract.startsOn(), benefitContract.endsOn(), contract.activatedAt(),
                allowance.unlimited(), count(allowance, allowance.incidents()), count(allowance, contract.incidentsRemaining()));
    }

    /** {@code product} is null when it is no longer in the catalog. */
    public IncidentView toView(Incident incident, Product product) {
        IncidentRequest request = incident.request();
        return new IncidentView(ids.encode(NodeTypes.INCIDENT, incident.id().value()), request.title(), request.description(),
                request.severity(), incident.status(), product == null ? null : toView(product), request.productVersion(),
                incident.raisedAt(), request.contractId().map(id -> ids.encode(NodeTypes.SUPPORT_CONTRACT, id.value())).orElse(null),
                request.cspCustomerTenantId().orElse(null), incident.idempotencyKey(), incident.firstResponseDueAt(),
                incident.firstRespondedAt().orElse(null), sla.slaBreached(incident),
                incident.resolution().map(Resolution::at).orElse(null),
                incident.resolution().map(Resolution::cause).orElse(null),
                incident.resolution().map(Resolution::note).orElse(null), request.contractId().orElse(null), incident.id());
    }

    @Mapping(target = "id", expression = "java(ids.encode(NodeTypes.PRODUCT, product.id().value()))")
    @Mapping(target = "versions", expression = "java(product.versionSupport())")
    public abstract ProductView toView(Product product);

    public EntitlementRuleView toView(EntitlementRule rule) {
        IncidentAllowance allowance = rule.allowance();
        return new EntitlementRuleView(rule.offer(), rule.benefitKind(), rule.cloudCompetency().orElse(null),
                allowance.unlimited(), count(allowance, allowance.incidents()));
    }

    /** Counts of an unlimited allowance are null: there is nothing to count. */
    private static Integer count(IncidentAllowance allowance, int count) {
        return allowance.unlimited() ? null : count;
    }

    protected String value(MpnId mpnId) {
        return mpnId.value();
    }

    protected String value(Login login) {
        return login.value();
    }

    protected PartnerId partnerId(Optional<PartnerId> partnerId) {
        return partnerId.orElse(null);
    }

    protected String areaName(Optional<CompetencyArea> area) {
        return area.map(CompetencyArea::name).orElse(null);
    }

    /** Roles and associations in their declared order, so answers are stable. */
    protected List<PartnerRole> roles(Set<PartnerRole> roles) {
        return roles.stream().sorted().toList();
    }

    protected List<ProgramAssociation> associations(Set<ProgramAssociation> associations) {
        return associations.stream().sorted().toList();
    }
}
