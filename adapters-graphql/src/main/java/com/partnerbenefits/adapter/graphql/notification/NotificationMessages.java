package com.partnerbenefits.adapter.graphql.notification;

import com.partnerbenefits.domain.notification.ContractName;
import com.partnerbenefits.domain.notification.Occurrence;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The notifications' words in en, ja and pt-BR (messages/notifications*.properties), the one catalog
 * for the product, the e-mails and nothing else. A contract is named by its benefit and partner.
 */
public final class NotificationMessages {

    private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

    public NotificationMessages() {
        source.setBasename("messages/notifications");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
    }

    public String message(Occurrence occurrence, Optional<ContractName> contract, Locale locale) {
        return text("message." + occurrence.kind(), occurrence, contract, locale);
    }

    public String subject(Occurrence occurrence, Optional<ContractName> contract, Locale locale) {
        return text("subject." + occurrence.kind(), occurrence, contract, locale);
    }

    public String get(String key, Locale locale, Object... args) {
        return source.getMessage(key, args, locale);
    }

    private String text(String key, Occurrence occurrence, Optional<ContractName> contract, Locale locale) {
        String name = contract.map(named -> get("contract.name", locale, named.partner(), get("benefit." + named.benefit(), locale)))
                .orElseGet(() -> get("no.contract", locale));
        return get(key, locale, name, occurrence.figure());
    }
}
