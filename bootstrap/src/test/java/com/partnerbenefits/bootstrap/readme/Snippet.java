package com.partnerbenefits.bootstrap.readme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fenced block of a Markdown file, with the marker written on the last non-blank line before it:
 * {@code <!-- snippet: skip (why) -->}, {@code <!-- snippet: expect-error CODE -->} or
 * {@code <!-- snippet: variables {"name": "$SHELL_VAR"} -->} (graphql blocks).
 */
record Snippet(int line, String language, String code, Optional<String> marker) {

    private static final Pattern FENCE = Pattern.compile("^```\\s*([\\w-]*)\\s*$");
    private static final Pattern MARKER = Pattern.compile("^<!--\\s*snippet:\\s*(.*?)\\s*-->\\s*$");

    /** Every fenced block, in order; an unclosed fence is an error. */
    static List<Snippet> in(String markdown) {
        List<String> lines = markdown.lines().toList();
        List<Snippet> snippets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            int start = i;
            StringBuilder code = new StringBuilder();
            for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                code.append(lines.get(i)).append('\n');
            }
            if (i == lines.size()) {
                throw new IllegalArgumentException("the block at line " + (start + 1) + " is never closed");
            }
            snippets.add(new Snippet(start + 1, open.group(1), code.toString(), markerBefore(lines, start)));
        }
        return snippets;
    }

    private static Optional<String> markerBefore(List<String> lines, int fence) {
        for (int i = fence - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                Matcher marker = MARKER.matcher(lines.get(i).strip());
                return marker.matches() ? Optional.of(marker.group(1)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    boolean skipped() {
        return marker.filter(m -> m.equals("skip") || m.startsWith("skip ")).isPresent();
    }

    /** The error code the block must produce, if it is there to show one. */
    Optional<String> expectedError() {
        return marker.filter(m -> m.startsWith("expect-error ")).map(m -> m.substring("expect-error ".length()).strip());
    }

    /** The JSON of a graphql block's variables, with {@code $SHELL_VAR}s for the shell to fill in. */
    String variables() {
        return marker.filter(m -> m.startsWith("variables ")).map(m -> m.substring("variables ".length()).strip()).orElse("{}");
    }

    String firstLine() {
        return code.lines().findFirst().orElse("").strip();
    }
}
