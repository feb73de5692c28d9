package com.partnerbenefits.adapter.graphql.support;

import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.domain.shared.FieldViolation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The one place that turns refusals into localised user errors. */
public final class Refusals {

    private final ApiMessages messages;

    public Refusals(ApiMessages messages) {
        this.messages = messages;
    }

    public List<UserError> toUserErrors(List<Refusal> refusals, Locale locale) {
        return refusals.stream().map(refusal -> toUserError(refusal, locale)).toList();
    }

    public UserError toUserError(Refusal refusal, Locale locale) {
        return new UserError(refusal.code().name(), message(refusal, locale), refusal.field().map(Refusals::path).orElse(null));
    }

    public String message(Refusal refusal, Locale locale) {
        return refusal.violation().map(v -> describe(v, locale))
                .orElseGet(() -> messages.get("error." + refusal.code().name(), locale, refusal.details().toArray()));
    }

    private String describe(FieldViolation violation, Locale locale) {
        List<Object> args = new ArrayList<>();
        args.add(violation.field());
        args.addAll(violation.args());
        return messages.get("violation." + violation.rule().name(), locale, args.toArray());
    }

    /** "versions.2" becomes ["input", "versions", "2"], the path into the mutation's arguments. */
    private static List<String> path(String field) {
        List<String> path = new ArrayList<>();
        path.add("input");
        path.addAll(Arrays.asList(field.split("\\.")));
        return path;
    }
}
