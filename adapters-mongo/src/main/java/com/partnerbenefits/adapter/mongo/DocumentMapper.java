package com.partnerbenefits.adapter.mongo;

import com.partnerbenefits.domain.benefit.IncidentAllowance;
import com.partnerbenefits.domain.benefit.TechnicalBenefitId;
import com.partnerbenefits.domain.contract.AccessId;
import com.partnerbenefits.domain.contract.ContractId;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.incident.Incident;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.incident.IncidentRequest;
import com.partnerbenefits.domain.incident.IncidentStatus;
import com.partnerbenefits.domain.incident.Resolution;
import com.partnerbenefits.domain.incident.ResolutionCause;
import com.partnerbenefits.domain.incident.Severity;
import com.partnerbenefits.domain.incident.UsageEntry;
import com.partnerbenefits.domain.membership.AdvisoryHours;
import com.partnerbenefits.domain.membership.CompetencyArea;
import com.partnerbenefits.domain.shared.Allowance;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.membership.MembershipOffer;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.partner.Login;
import com.partnerbenefits.domain.partner.MpnId;
import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.product.Product;
import com.partnerbenefits.domain.product.ProductId;
import com.partnerbenefits.domain.product.ProductKind;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Domain ↔ document conversions; unmapped targets fail the build, so no field is dropped silently. */
@Mapper
interface DocumentMapper {

    default PartnerDocument toDocument(Partner partner) {
        return new PartnerDocument(partner.id().value(), partner.name(), partner.mpnId().value(), partner.registeredAt(),
                partner.timeZone().getId());
    }

    /** A partner stored before time zones existed is in UTC. */
    default Partner toPartner(PartnerDocument document) {
        return new Partner(partnerId(document.id()), document.name(), mpnId(document.mpnId()), document.registeredAt(),
                document.timeZone() == null ? Partner.DEFAULT_TIME_ZONE : ZoneId.of(document.timeZone()));
    }

    AccountDocument toDocument(Account account);

    Account toAccount(AccountDocument document);

    default MembershipDocument toDocument(Membership membership) {
        return new MembershipDocument(membership.id().value(), membership.partnerId().value(), membership.offer().name(),
                areaName(membership.competencyArea()), membership.startsOn().toString(), membership.endsOn().toString(),
                membership.incidentsBought().orElse(null), membership.advisoryHours().halfHours().total(),
                membership.advisoryHours().halfHours().remaining());
    }

    /** Written out because MapStruct would take {@link Membership#endOn} for a fluent setter. */
    default Membership toMembership(MembershipDocument document) {
        return new Membership(membershipId(document.id()), partnerId(document.partnerId()),
                MembershipOffer.valueOf(document.offer()), area(document.competencyArea()),
                LocalDate.parse(document.startsOn()), LocalDate.parse(document.endsOn()),
                Optional.ofNullable(document.incidentsBought()), document.advisoryHalfHours() == null ? AdvisoryHours.NONE
                        : new AdvisoryHours(new Allowance(document.advisoryHalfHours(), document.advisoryHalfHoursRemaining())));
    }

    default SupportContractDocument toDocument(SupportContract contract) {
        IncidentAllowance allowance = contract.allowance();
        return new SupportContractDocument(contract.id().value(), contract.benefitId().value(), contract.partnerId().value(),
                contract.accessId().value(), contract.contractId().value(), allowance.unlimited(),
                allowance.unlimited() ? 0 : allowance.incidents(), contract.incidentsRemaining(), contract.activatedAt(),
                List.of(), List.of(), null, List.of());
    }

    default SupportContract toContract(SupportContractDocument document) {
        IncidentAllowance allowance = document.unlimited() ? IncidentAllowance.unlimitedIncidents()
                : IncidentAllowance.of(document.incidentsTotal());
        return new SupportContract(new SupportContractId(document.id()),
                TechnicalBenefitId.parse(document.benefitId()).orElseThrow(), partnerId(document.partnerId()),
                new AccessId(document.accessId()), new ContractId(document.contractId()), allowance,
                document.incidentsRemaining(), document.activatedAt());
    }

    default UsageDocument toDocument(UsageEntry entry) {
        return new UsageDocument(entry.kind().name(), entry.incident().value(), entry.account().value(), entry.at(),
                entry.reason().map(Enum::name).orElse(null));
    }

    default UsageEntry toUsage(UsageDocument document) {
        return new UsageEntry(UsageEntry.Kind.valueOf(document.kind()), new IncidentId(document.incident()),
                new AccountId(document.account()), document.at(),
                Optional.ofNullable(document.reason()).map(UsageEntry.RefundReason::valueOf));
    }

    default IncidentDocument toDocument(Incident incident) {
        IncidentRequest request = incident.request();
        return new IncidentDocument(incident.id().value(), incident.raisedBy().value(),
                request.contractId().map(SupportContractId::value).orElse(null), request.cspCustomerTenantId().orElse(null),
                request.productId().value(), request.productVersion(), request.title(), request.description(),
                request.severity().name(), incident.status().name(), incident.raisedAt(), incident.idempotencyKey(),
                incident.firstResponseDueAt(), incident.firstRespondedAt().orElse(null),
                incident.resolution().map(Resolution::at).orElse(null),
                incident.resolution().map(resolution -> resolution.cause().name()).orElse(null),
                incident.resolution().map(Resolution::note).orElse(null));
    }

    default Incident toIncident(IncidentDocument document) {
        IncidentRequest request = new IncidentRequest(Optional.ofNullable(document.contractId()).map(SupportContractId::new),
                Optional.ofNullable(document.cspCustomerTenantId()), new ProductId(document.productId()),
                document.productVersion(), document.title(), document.description(), Severity.valueOf(document.severity()));
        Optional<Resolution> resolution = Optional.ofNullable(document.resolutionCause()).map(cause -> new Resolution(
                ResolutionCause.valueOf(cause), document.resolutionNote(), document.resolvedAt()));
        return new Incident(new IncidentId(document.id()), new AccountId(document.accountId()), request,
                IncidentStatus.valueOf(document.status()), document.raisedAt(), document.idempotencyKey(),
                document.firstResponseDueAt(), Optional.ofNullable(document.firstRespondedAt()), resolution);
    }

    @Mapping(target = "nameKey", expression = "java(ProductDocument.keyOf(product.name()))")
    ProductDocument toDocument(Product product);

    /** Written out because MapStruct would take {@link Product#withNewestVersion} for a fluent setter. */
    default Product toProduct(ProductDocument document) {
        return new Product(productId(document.id()), document.name(), ProductKind.valueOf(document.kind()),
                document.versions());
    }

    default String value(PartnerId id) {
        return id == null ? null : id.value();
    }

    default PartnerId partnerId(String value) {
        return value == null ? null : new PartnerId(value);
    }

    default String partnerIdValue(Optional<PartnerId> id) {
        return id.map(PartnerId::value).orElse(null);
    }

    default Optional<PartnerId> optionalPartnerId(String value) {
        return Optional.ofNullable(value).map(PartnerId::new);
    }

    default String value(AccountId id) {
        return id.value();
    }

    default AccountId accountId(String value) {
        return new AccountId(value);
    }

    default String value(MembershipId id) {
        return id.value();
    }

    default MembershipId membershipId(String value) {
        return new MembershipId(value);
    }

    default String value(ProductId id) {
        return id.value();
    }

    default ProductId productId(String value) {
        return new ProductId(value);
    }

    default String value(MpnId id) {
        return id.value();
    }

    default MpnId mpnId(String value) {
        return new MpnId(value);
    }

    default String value(Login login) {
        return login.value();
    }

    default Login login(String value) {
        return new Login(value);
    }

    default String areaName(Optional<CompetencyArea> area) {
        return area.map(CompetencyArea::name).orElse(null);
    }

    default Optional<CompetencyArea> area(String name) {
        return CompetencyArea.named(name);
    }
}
