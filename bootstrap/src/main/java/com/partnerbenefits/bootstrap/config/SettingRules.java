package com.partnerbenefits.bootstrap.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a {@code benefits.*} setting must be, written on its properties record's component and checked by
 * {@link SettingsValidator} when the settings are bound, before anything starts. Amounts are numbers, durations and
 * sizes; an amount left empty is refused too.
 */
public final class SettingRules {

    private SettingRules() {
    }

    /** An amount greater than zero. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Positive {
    }

    /** An amount of zero or more. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface PositiveOrZero {
    }

    /** A number no greater than this. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface AtMost {
        long value();
    }

    /** A text of at least this many bytes (UTF-8), or empty: whether an empty one will do is the profile's to say. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface EmptyOrAtLeastBytes {
        int value();
    }

    /** Empty, or an absolute http(s) URL with a host and no path, query or fragment (a trailing slash will do). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface EmptyOrOrigin {
    }

    /** A text with something other than white space in it. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface NotBlank {
    }
}
