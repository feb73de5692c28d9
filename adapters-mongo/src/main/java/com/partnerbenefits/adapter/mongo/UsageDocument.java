package com.partnerbenefits.adapter.mongo;

import java.time.Instant;

/**
 * A line of a contract's usage ledger, kept inside the contract document so it changes with the count,
 * atomically. {@code reason}: why a REFUNDED line gave the incident back (null on older lines).
 */
record UsageDocument(String kind, String incident, String account, Instant at, String reason) {
}
