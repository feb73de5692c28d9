package com.partnerbenefits.adapter.graphql.support;

import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.domain.shared.FieldViolation;
import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The one place that turns refusals into localised user errors, naming the input each is about as the
 * GraphQL field {@code env} fetches calls it ({@link InputNames}).
 */
public final class Refusals {

    private final ApiMessages messages;

    public Refusals(ApiMessages messages) {
        this.messages = messages;
    }

    public List<UserError> toUserErrors(List<Refusal> refusals, DataFetchingEnvironment env) {
        InputNames names = InputNames.of(env);
        return refusals.stream().map(refusal -> new UserError(refusal.code(), message(refusal, names, env.getLocale()),
                refusal.field().map(field -> path(names.graphQlName(field))).orElse(null))).toList();
    }

    public String message(Refusal refusal, DataFetchingEnvironment env) {
        return message(refusal, InputNames.of(env), env.getLocale());
    }

    private String message(Refusal refusal, InputNames names, Locale locale) {
        return refusal.violation().map(v -> describe(v, names, locale))
                .orElseGet(() -> messages.get("error." + refusal.code().name(), locale, refusal.details().toArray()));
    }

    private String describe(FieldViolation violation, InputNames names, Locale locale) {
        List<Object> args = new ArrayList<>();
        args.add(names.graphQlName(violation.field()));
        violation.args().stream().map(names::argument).forEach(args::add);
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
