package com.partnerbenefits.domain.partner;

import com.partnerbenefits.domain.shared.FieldViolation;
import com.partnerbenefits.domain.shared.Validation;
import com.partnerbenefits.domain.shared.ViolationRule;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A signed-in identity. A standalone account (first seen through a token, or an outside MSA
 * account) belongs to no partner and holds no roles or associations.
 */
public record Account(
        AccountId id,
        Login login,
        AccountKind kind,
        Optional<PartnerId> partnerId,
        Set<PartnerRole> roles,
        Set<ProgramAssociation> associations,
        Instant createdAt) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(createdAt, "createdAt");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        associations = associations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(associations));
        if (partnerId.isEmpty() && (!roles.isEmpty() || !associations.isEmpty())) {
            throw new IllegalArgumentException("a standalone account holds no roles or associations");
        }
    }

    public static Account standalone(AccountId id, Login login, AccountKind kind, Instant firstSeenAt) {
        return new Account(id, login, kind, Optional.empty(), Set.of(), Set.of(), firstSeenAt);
    }

    public boolean belongsTo(PartnerId partner) {
        return partnerId.filter(partner::equals).isPresent();
    }

    public boolean isAssociatedWith(ProgramAssociation association) {
        return associations.contains(association);
    }

    /**
     * The same partner account with these roles and associations instead (an operator's edit). A
     * standalone account holds none, so it cannot be given any; at least one association is needed.
     */
    public Account withAccess(Set<PartnerRole> newRoles, Set<ProgramAssociation> newAssociations) {
        Validation validation = new Validation();
        if (partnerId.isEmpty()) {
            validation.add(FieldViolation.of("accountId", ViolationRule.NOT_A_PARTNER_ACCOUNT));
        }
        validation.present("roles", newRoles);
        validation.notEmpty("associations", newAssociations);
        validation.throwIfInvalid();
        return new Account(id, login, kind, partnerId, newRoles, newAssociations, createdAt);
    }

    /** The account after leaving its partner: standalone, without roles or associations, same identity. */
    public Account leavingPartner() {
        return standalone(id, login, kind, createdAt);
    }
}
