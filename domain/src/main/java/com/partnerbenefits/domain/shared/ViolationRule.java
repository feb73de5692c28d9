package com.partnerbenefits.domain.shared;

/** The kinds of input rule a value can break; each has one message per language in the API. */
public enum ViolationRule {
    REQUIRED,
    LENGTH,
    CONTROL_CHARACTERS,
    FORMAT,
    UNKNOWN_VALUE,
    DATE_ORDER,
    ONLY_EARLIER,
    NOT_APPLICABLE,
    DUPLICATE_ENTRY,
    ALREADY_TAKEN,
    NOT_FOUND,
    /** Exactly one of two alternative fields must be given. */
    EXACTLY_ONE,
    /** A number outside its allowed range (a page size, say). */
    RANGE,
    /** Half of a surrogate pair: text cut in the middle of a character, which no store can keep as sent. */
    UNPAIRED_SURROGATE,
    /** The account belongs to no partner, so it holds no roles or associations. */
    NOT_A_PARTNER_ACCOUNT,
    /** The product has this version already. */
    ALREADY_LISTED,
    /** A list is full: nothing more can be added to it. */
    LIMIT_REACHED,
    /** The account has no link to that support contract. */
    NOT_LINKED
}
