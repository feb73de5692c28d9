package com.partnerbenefits.domain.shared;

/**
 * What an allowance is, whatever it counts (a contract's incidents, one at a time; a membership's
 * advisory hours, in half hours): a total and what remains of it. Units are taken only while that
 * many remain, so it never goes below zero, and given back only as many as were taken, so it never
 * exceeds its total. A store applies a take or a give-back atomically, testing {@link #allowsTaking}
 * or {@link #allowsGivingBack} in the same single-document update that moves the count.
 */
public record Allowance(int total, int remaining) {

    public Allowance {
        if (total < 0 || remaining < 0 || remaining > total) {
            throw new IllegalArgumentException("allowance " + remaining + " of " + total);
        }
    }

    public static Allowance full(int total) {
        return new Allowance(total, total);
    }

    public boolean allowsTaking(int units) {
        return units > 0 && remaining >= units;
    }

    public boolean allowsGivingBack(int units) {
        return units >= 0 && remaining + units <= total;
    }

    public Allowance take(int units) {
        if (!allowsTaking(units)) {
            throw new IllegalStateException("cannot take " + units + " of " + remaining);
        }
        return new Allowance(total, remaining - units);
    }

    public Allowance giveBack(int units) {
        if (!allowsGivingBack(units)) {
            throw new IllegalStateException("cannot give back " + units + " to " + remaining + " of " + total);
        }
        return new Allowance(total, remaining + units);
    }
}
