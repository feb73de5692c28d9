package com.partnerbenefits.adapter.mongo;

import java.util.regex.Pattern;

/**
 * Typed text as a regular expression that matches it literally: every character that means something
 * to a pattern is escaped, so a search can neither inject a pattern nor make one that backtracks.
 */
final class LiteralPattern {

    private static final Pattern SPECIAL = Pattern.compile("[\\\\^$.|?*+()\\[\\]{}/-]");

    private LiteralPattern() {
    }

    static String of(String text) {
        return SPECIAL.matcher(text).replaceAll("\\\\$0");
    }
}
