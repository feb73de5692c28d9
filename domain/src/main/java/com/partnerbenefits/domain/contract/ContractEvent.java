package com.partnerbenefits.domain.contract;

import com.partnerbenefits.domain.partner.AccountId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a contract's history. {@code key} is unique per change, so a line stored by a retried
 * request is recognised and never written twice; {@code actor} did it; {@code account} is the account
 * linked or unlinked. The actor is unknown only for contracts activated before history was kept.
 */
public record ContractEvent(String key, ContractEventKind kind, Instant at, Optional<AccountId> actor,
        Optional<AccountId> account) {

    public ContractEvent {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(account, "account");
    }

    /** Keyed by the contract's own (time-ordered) ID, which precedes the keys of everything that happens to it. */
    public static ContractEvent activated(SupportContractId contract, Instant activatedAt, Optional<AccountId> activatedBy) {
        return new ContractEvent(contract.value(), ContractEventKind.ACTIVATED, activatedAt, activatedBy, Optional.empty());
    }

    public static ContractEvent linked(String key, AccountId account, Instant at) {
        return new ContractEvent(key, ContractEventKind.LINKED, at, Optional.of(account), Optional.of(account));
    }

    public static ContractEvent unlinked(String key, AccountId actor, AccountId account, Instant at) {
        return new ContractEvent(key, ContractEventKind.UNLINKED, at, Optional.of(actor), Optional.of(account));
    }

    public static ContractEvent credentialsRotated(String key, AccountId actor, Instant at) {
        return new ContractEvent(key, ContractEventKind.CREDENTIALS_ROTATED, at, Optional.of(actor), Optional.empty());
    }

    /**
     * Whether this line comes after the one at {@code otherAt} with {@code otherKey} in a newest-first
     * history; the key breaks ties within a millisecond, so pages never skip or repeat a line.
     */
    public boolean isOlderThan(Instant otherAt, String otherKey) {
        int byTime = at.compareTo(otherAt);
        return byTime != 0 ? byTime < 0 : key.compareTo(otherKey) < 0;
    }
}
