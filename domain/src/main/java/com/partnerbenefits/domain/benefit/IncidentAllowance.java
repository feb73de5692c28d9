package com.partnerbenefits.domain.benefit;

/** How many support incidents a benefit grants: a fixed number, or unlimited. */
public record IncidentAllowance(boolean unlimited, int incidents) {

    private static final IncidentAllowance UNLIMITED = new IncidentAllowance(true, 0);

    public IncidentAllowance {
        if (unlimited && incidents != 0) {
            throw new IllegalArgumentException("an unlimited allowance has no count");
        }
        if (!unlimited && incidents <= 0) {
            throw new IllegalArgumentException("a limited allowance grants at least one incident");
        }
    }

    public static IncidentAllowance of(int incidents) {
        return new IncidentAllowance(false, incidents);
    }

    public static IncidentAllowance unlimitedIncidents() {
        return UNLIMITED;
    }
}
