package com.partnerbenefits.bootstrap.config;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Checks the service's settings records against their {@link SettingRules} as Spring Boot binds them. Registered as
 * Boot's {@code configurationPropertiesValidator}, so a refused value stops the start with Boot's failure report
 * (property, origin, reason). It stands in for Bean Validation, which costs the start its own bootstrap and ~500 classes
 * for a dozen comparisons.
 */
public final class SettingsValidator implements Validator {

    @Override
    public boolean supports(Class<?> type) {
        return type.isRecord() && type.getPackageName().startsWith("com.partnerbenefits.");
    }

    @Override
    public void validate(Object settings, Errors errors) {
        for (RecordComponent component : settings.getClass().getRecordComponents()) {
            Object value = valueOf(component, settings);
            refusal(component, value).ifPresent(reason -> errors.rejectValue(component.getName(), "invalid", reason));
        }
    }

    /** Why the value breaks a rule of its component, if it does. */
    private static Optional<String> refusal(RecordComponent component, Object value) {
        boolean positive = component.isAnnotationPresent(SettingRules.Positive.class);
        boolean positiveOrZero = component.isAnnotationPresent(SettingRules.PositiveOrZero.class);
        SettingRules.AtMost atMost = component.getAnnotation(SettingRules.AtMost.class);
        if (component.isAnnotationPresent(SettingRules.NotBlank.class) && (value == null || value.toString().isBlank())) {
            return Optional.of("must not be blank");
        }
        SettingRules.EmptyOrAtLeastBytes bytes = component.getAnnotation(SettingRules.EmptyOrAtLeastBytes.class);
        if (bytes != null && value != null && !value.toString().isEmpty()
                && value.toString().getBytes(StandardCharsets.UTF_8).length < bytes.value()) {
            return Optional.of("must be empty or at least " + bytes.value() + " bytes long");
        }
        if (component.isAnnotationPresent(SettingRules.EmptyOrOrigin.class) && value != null
                && !value.toString().isBlank() && !isOrigin(value.toString().strip())) {
            return Optional.of("must be empty or an http(s) URL with a host and no path, query or fragment");
        }
        if ((positive || positiveOrZero || atMost != null) && value == null) {
            return Optional.of("must not be null");
        }
        int sign = (positive || positiveOrZero) ? signOf(value) : 0;
        if (positive && sign <= 0) {
            return Optional.of("must be greater than 0");
        }
        if (positiveOrZero && sign < 0) {
            return Optional.of("must be greater than or equal to 0");
        }
        if (atMost != null && ((Number) value).longValue() > atMost.value()) {
            return Optional.of("must be less than or equal to " + atMost.value());
        }
        return Optional.empty();
    }

    private static boolean isOrigin(String text) {
        try {
            URI uri = new URI(text);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawUserInfo() == null && uri.getRawQuery() == null && uri.getRawFragment() == null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"));
        } catch (URISyntaxException notAUrl) {
            return false;
        }
    }

    private static int signOf(Object amount) {
        if (amount instanceof Duration duration) {
            return duration.isNegative() ? -1 : duration.isZero() ? 0 : 1;
        }
        if (amount instanceof DataSize size) {
            return Long.signum(size.toBytes());
        }
        if (amount instanceof Number number) {
            return Long.signum(number.longValue());
        }
        throw new IllegalStateException("not an amount: " + amount.getClass());
    }

    private static Object valueOf(RecordComponent component, Object settings) {
        try {
            return component.getAccessor().invoke(settings);
        } catch (IllegalAccessException | InvocationTargetException unreadable) {
            throw new IllegalStateException("settings component " + component.getName() + " cannot be read", unreadable);
        }
    }
}
