package com.partnerbenefits.adapter.graphql.support;

import java.util.List;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message catalog (en, ja, pt-BR) behind every text a person reads. Unknown languages fall
 * back to English, never to the server's own locale.
 */
public final class ApiMessages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final Locale BRAZILIAN_PORTUGUESE = Locale.forLanguageTag("pt-BR");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, JAPANESE, BRAZILIAN_PORTUGUESE);

    private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

    public ApiMessages() {
        source.setBasename("messages/api");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
    }

    public String get(String key, Locale locale, Object... args) {
        return source.getMessage(key, args, locale);
    }

    /**
     * The best supported language for an {@code Accept-Language} header, honouring its weights;
     * any Portuguese is served Brazilian Portuguese, the only one there is.
     */
    public static Locale negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ENGLISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String language = range.getRange().split("-")[0];
                for (Locale supported : SUPPORTED) {
                    if (supported.getLanguage().equalsIgnoreCase(language) && range.getWeight() > 0) {
                        return supported;
                    }
                }
            }
        } catch (IllegalArgumentException malformedHeader) {
            return ENGLISH;
        }
        return ENGLISH;
    }
}
