package com.partnerbenefits.adapter.graphql.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * graphql-java's coercion messages name the Java class a JSON value was read into ("but it was a
 * 'LinkedHashMap'"). A client wrote JSON, not Java: the class becomes the JSON kind it came from.
 */
final class JavaNames {

    private static final Pattern QUOTED_CLASS = Pattern.compile("(?:\\ban? )?'((?:[a-z]\\w*\\.)*[A-Z][\\w$]*)'");

    private JavaNames() {
    }

    static String asJsonKinds(String message) {
        if (message == null) {
            return null;
        }
        Matcher matcher = QUOTED_CLASS.matcher(message);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String kind = jsonKind(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(kind == null ? matcher.group() : kind));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The JSON kind a Java class holds, or null when the quoted word is no Java class (a GraphQL type name, say). */
    private static String jsonKind(String javaName) {
        String simple = javaName.substring(javaName.lastIndexOf('.') + 1);
        boolean qualified = javaName.startsWith("java.");
        if (simple.endsWith("Map")) {
            return "an object";
        }
        if (simple.endsWith("List") || simple.endsWith("Set") || simple.endsWith("Collection")) {
            return "a list";
        }
        switch (simple) {
            case "Integer", "Long", "Short", "Byte", "Double", "Float", "BigInteger", "BigDecimal", "Number":
                return "a number";
            case "Boolean":
                return "a boolean";
            default:
                return qualified ? "a value" : null;
        }
    }
}
