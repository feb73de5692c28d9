package com.partnerbenefits.domain.contract;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The short, readable half of a contract's credentials, e.g. {@code 7KQ4-M9XD}: eight characters of
 * Crockford's base 32 (no I, L, O or U, so nothing can be misread), 40 random bits. It need not be
 * secret on its own; the Access ID is. Typing mistakes a person makes are forgiven when parsing:
 * any case, no dash, O for 0, I or L for 1.
 */
public record ContractId(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 8;
    private static final Pattern FORMAT = Pattern.compile("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

    public ContractId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a Contract ID");
        }
    }

    public static ContractId random(RandomGenerator random) {
        StringBuilder id = new StringBuilder(LENGTH + 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                id.append('-');
            }
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new ContractId(id.toString());
    }

    public static Optional<ContractId> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.strip().toUpperCase(Locale.ROOT).replace("-", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (compact.length() != LENGTH) {
            return Optional.empty();
        }
        String candidate = compact.substring(0, LENGTH / 2) + "-" + compact.substring(LENGTH / 2);
        return FORMAT.matcher(candidate).matches() ? Optional.of(new ContractId(candidate)) : Optional.empty();
    }
}
