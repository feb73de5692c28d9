package com.partnerbenefits.adapter.mongo;

import java.time.Instant;

/** A history line, kept in the document whose change it records (a contract's or a link's). */
record ContractEventDocument(String key, String kind, Instant at, String actor, String account) {
}
