package com.partnerbenefits.domain.shared;

/**
 * Advisory hours are counted in half hours (shared by memberships, which grant them, and advisories,
 * which reserve them): the unit a reservation takes from the allowance, and
 * the unit completion settles in. Hours are asked for whole; the hours used are settled up to the
 * next half hour (a session of 1 h 10 min costs 1.5 hours), never beyond what was reserved.
 */
public final class HalfHours {

    public static final int PER_HOUR = 2;
    /** The most hours one request may reserve. */
    public static final int MAX_HOURS_PER_REQUEST = 100;

    private HalfHours() {
    }

    /** Whole hours asked for, in half hours; refused on {@code field} unless 1 to {@link #MAX_HOURS_PER_REQUEST}. */
    public static int ofWholeHours(String field, Integer hours) {
        Validation validation = new Validation();
        if (validation.present(field, hours) && (hours < 1 || hours > MAX_HOURS_PER_REQUEST)) {
            validation.add(FieldViolation.of(field, ViolationRule.RANGE, 1, MAX_HOURS_PER_REQUEST));
        }
        validation.throwIfInvalid();
        return hours * PER_HOUR;
    }

    /**
     * The half hours a completion charges: the hours used rounded up to the next half hour, at most
     * what was reserved; refused on {@code field} when negative.
     */
    public static int used(String field, double hoursUsed, int reserved) {
        Validation validation = new Validation();
        if (hoursUsed < 0 || Double.isNaN(hoursUsed) || Double.isInfinite(hoursUsed)) {
            validation.add(FieldViolation.of(field, ViolationRule.RANGE, 0, reserved / (double) PER_HOUR));
        }
        validation.throwIfInvalid();
        return (int) Math.min(reserved, Math.ceil(hoursUsed * PER_HOUR - 1e-9));
    }

    /** Half hours as hours (7 is 3.5). */
    public static double asHours(int halfHours) {
        return halfHours / (double) PER_HOUR;
    }
}
