package com.partnerbenefits.domain.shared;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The ledger rule every allowance shares (a contract's incidents, a membership's advisory hours): each
 * line records what it took or gave back, and for what; a thing taken for may be given back once, and
 * only if it was taken. The lines' changes add up to what was taken from the total.
 */
public final class AllowanceLedger {

    private AllowanceLedger() {
    }

    /** What the lines show taken and not given back yet: the only things that may still be given back. */
    public static <L, S> Set<S> outstanding(List<L> lines, Function<L, S> subject, Predicate<L> takes) {
        Set<S> givenBack = lines.stream().filter(takes.negate()).map(subject).collect(Collectors.toSet());
        return lines.stream().filter(takes).map(subject).filter(taken -> !givenBack.contains(taken))
                .collect(Collectors.toSet());
    }

    /** What remains of {@code total} after the lines' changes: always the allowance's remaining count. */
    public static <L> int remaining(int total, List<L> lines, Function<L, Integer> delta) {
        return total + lines.stream().mapToInt(delta::apply).sum();
    }
}
