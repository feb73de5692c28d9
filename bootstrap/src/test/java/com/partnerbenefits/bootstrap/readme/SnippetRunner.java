package com.partnerbenefits.bootstrap.readme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a Markdown file's snippets in order in one bash session, as a reader pasting them into one
 * terminal would, against a service on {@code port}; answers what went wrong, one line per problem.
 * <ul>
 * <li>{@code bash} blocks run as written, under {@code set -eo pipefail}; shell variables carry over.</li>
 * <li>{@code graphql} blocks are posted with {@code Authorization: Bearer $TOKEN} (the shell's TOKEN at
 * that point) and the variables of their {@code <!-- snippet: variables {…} -->} marker.</li>
 * <li>Two commands on the PATH stand in: {@code curl} sends {@code localhost:8080} to the service's
 * port and keeps every answer; {@code java -jar bootstrap/target/partner-benefits.jar token …} runs
 * the application's main (the token helper) from the test's classpath. Any other {@code java -jar}
 * fails: mark such a block {@code <!-- snippet: skip -->}.</li>
 * <li>A block fails on a non-zero exit, an HTTP status of 400 or more, an answer with {@code errors},
 * or a non-empty {@code userErrors}, unless it is marked {@code <!-- snippet: expect-error CODE -->},
 * when one of its answers must carry that code.</li>
 * <li>{@code json}, {@code text} and {@code graphqls} blocks show output and are not run; an
 * unlabelled block is a problem (say which it is). A {@code json} block right after a run block is what that
 * block prints: the fields it shows are compared with the block's last answer ({@code "…"} for any value).</li>
 * </ul>
 */
final class SnippetRunner {

    static final Set<String> SHELL = Set.of("bash", "sh", "shell");
    static final Set<String> SHOWN_ONLY = Set.of("json", "text", "graphqls", "properties", "yaml");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIME_LIMIT = Duration.ofMinutes(5);

    private final int port;
    private final Path scratch;

    /**
     * Snippets run in an empty directory under {@code scratch}, so that an unmarked {@code ./mvnw}
     * block fails at once instead of building the project inside its own test.
     */
    SnippetRunner(int port, Path scratch) {
        this.port = port;
        this.scratch = scratch;
    }

    /** The commands the snippets need and the runner uses; a missing one skips the test. */
    static Optional<String> missingCommand() {
        for (String command : List.of("bash", "curl", "jq")) {
            if (which(command).isEmpty()) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }

    List<String> run(List<Snippet> snippets) throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        List<Snippet> runnable = new ArrayList<>();
        Map<Integer, Snippet> shown = new HashMap<>();
        Snippet previous = null;
        for (Snippet snippet : snippets) {
            if (snippet.language().equals("json") && !runnable.isEmpty() && previous == runnable.get(runnable.size() - 1)) {
                shown.put(runnable.size() - 1, snippet);
            }
            previous = snippet;
            if (snippet.language().isEmpty()) {
                problems.add(where(snippet) + "has no language: write ```bash or ```graphql (run), or ```json / ```text (output)");
            } else if (!snippet.skipped() && (SHELL.contains(snippet.language()) || snippet.language().equals("graphql"))) {
                runnable.add(snippet);
            } else if (!snippet.skipped() && !SHOWN_ONLY.contains(snippet.language())) {
                problems.add(where(snippet) + "is ```" + snippet.language() + ", which the snippet test does not know");
            }
        }
        Files.createDirectories(scratch.resolve("responses"));
        Path bin = Files.createDirectories(scratch.resolve("bin"));
        shim(bin.resolve("curl"), CURL);
        shim(bin.resolve("java"), JAVA);
        Path script = scratch.resolve("snippets.sh");
        Files.writeString(script, script(runnable));

        ProcessBuilder bash = new ProcessBuilder("bash", "--noprofile", "--norc", script.toString())
                .directory(Files.createDirectories(scratch.resolve("work")).toFile()).redirectErrorStream(true)
                .redirectOutput(scratch.resolve("bash.out").toFile());
        Map<String, String> env = bash.environment();
        env.remove("BENEFITS_SECURITY_JWT_HMAC_SECRET");
        env.remove("SPRING_PROFILES_ACTIVE");
        env.put("PATH", bin + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("SNIPPET_DIR", scratch.toString());
        env.put("SNIPPET_PORT", String.valueOf(port));
        env.put("SNIPPET_REAL_CURL", which("curl").orElseThrow().toString());
        env.put("SNIPPET_REAL_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        env.put("SNIPPET_CLASSPATH", System.getProperty("java.class.path"));
        Process process = bash.start();
        boolean finished = process.waitFor(TIME_LIMIT.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String current = read(scratch.resolve("current")).strip();
        int reached = current.isEmpty() ? -1 : Integer.parseInt(current);
        for (int i = 0; i < runnable.size() && i <= reached; i++) {
            Snippet snippet = runnable.get(i);
            boolean failedHere = i == reached && (!finished || process.exitValue() != 0);
            if (failedHere) {
                problems.add(where(snippet) + (finished ? "exited with " + process.exitValue() : "did not finish in " + TIME_LIMIT)
                        + ": " + tail(read(scratch.resolve("block-" + i + ".out"))));
            }
            problems.addAll(checkAnswers(i, snippet));
            if (shown.containsKey(i)) {
                problems.addAll(checkShown(i, snippet, shown.get(i)));
            }
        }
        if (finished && process.exitValue() == 0 && reached != runnable.size() - 1) {
            problems.add("only " + (reached + 1) + " of " + runnable.size() + " snippets ran: " + tail(read(scratch.resolve("bash.out"))));
        }
        return problems;
    }

    private List<String> checkAnswers(int block, Snippet snippet) throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        List<Path> bodies = bodies(block);
        for (Path body : bodies) {
            String text = read(body);
            int status = status(read(Path.of(body.toString().replace(".body", ".headers"))));
            JsonNode answer = json(text);
            List<String> answered = new ArrayList<>();
            if (answer != null) {
                answer.path("errors").forEach(error -> answered.add(error.path("extensions").path("code").asString()));
                answer.findValues("userErrors").forEach(errors -> errors.forEach(error -> answered.add(error.path("code").asString())));
            }
            codes.addAll(answered);
            if (snippet.expectedError().isPresent()) {
                continue;
            }
            if (status >= 400) {
                problems.add(where(snippet) + "answered HTTP " + status + ": " + tail(text));
            } else if (text.isBlank()) {
                problems.add(where(snippet) + "answered nothing");
            } else if (answer != null && (answer.has("errors") || !answered.isEmpty())) {
                problems.add(where(snippet) + "answered errors " + answered + ": " + tail(text));
            }
        }
        snippet.expectedError().filter(code -> !codes.contains(code))
                .ifPresent(code -> problems.add(where(snippet) + "should show " + code + " but answered " + codes));
        return problems;
    }

    /**
     * A ```json block right after a run block shows what it prints: every field it shows must be in the block's last
     * answer with that value ({@value #ANY} stands for a value that differs from run to run, such as an ID or a time);
     * fields it leaves out are not compared.
     */
    private List<String> checkShown(int block, Snippet snippet, Snippet printed) throws IOException {
        JsonNode expected = json(printed.code());
        if (expected == null) {
            return List.of("README line " + printed.line() + " is ```json but not a JSON object");
        }
        List<Path> bodies = bodies(block);
        String text = bodies.isEmpty() ? "" : read(bodies.get(bodies.size() - 1));
        JsonNode answer = json(text);
        return answer != null && shows(expected, answer) ? List.of()
                : List.of(where(snippet) + "printed what the ```json at README line " + printed.line() + " does not show: "
                        + tail(text));
    }

    static final String ANY = "…";

    /** The answers a block's curl calls kept, in order. */
    private List<Path> bodies(int block) throws IOException {
        try (Stream<Path> files = Files.list(scratch.resolve("responses"))) {
            return files.filter(f -> f.getFileName().toString().startsWith(block + "-") && f.toString().endsWith(".body"))
                    .sorted().toList();
        }
    }

    private static boolean shows(JsonNode expected, JsonNode actual) {
        if (expected.isString() && expected.asString().equals(ANY)) {
            return actual != null && !actual.isMissingNode();
        }
        if (expected.isObject()) {
            return actual != null && actual.isObject() && expected.properties().stream()
                    .allMatch(field -> shows(field.getValue(), actual.get(field.getKey())));
        }
        if (expected.isArray()) {
            if (actual == null || !actual.isArray() || actual.size() != expected.size()) {
                return false;
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!shows(expected.get(i), actual.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return expected.equals(actual);
    }

    private static String script(List<Snippet> snippets) {
        StringBuilder script = new StringBuilder("set -eo pipefail\n");
        for (int i = 0; i < snippets.size(); i++) {
            Snippet snippet = snippets.get(i);
            script.append("\n# README line ").append(snippet.line()).append('\n')
                    .append("echo ").append(i).append(" > \"$SNIPPET_DIR/current\"\n")
                    .append("exec > \"$SNIPPET_DIR/block-").append(i).append(".out\" 2>&1\n")
                    .append(SHELL.contains(snippet.language()) ? snippet.code() : graphqlAsCurl(snippet));
        }
        return script.append("\nexit 0\n").toString();
    }

    /** A graphql block as the reader would send it from a terminal; its variables' $NAMEs are filled in by the shell. */
    private static String graphqlAsCurl(Snippet snippet) {
        return "jq -n --arg query \"$(cat <<'SNIPPET_QUERY_END'\n" + snippet.code() + "SNIPPET_QUERY_END\n)\""
                + " --argjson variables \"$(cat <<SNIPPET_VARIABLES_END\n" + snippet.variables() + "\nSNIPPET_VARIABLES_END\n)\""
                + " '{query: $query, variables: $variables}' |\n"
                + "curl -s localhost:8080/graphql -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' -d @-\n";
    }

    private static final String CURL = """
            #!/usr/bin/env bash
            # README snippets say localhost:8080: send them to the test's service, and keep every answer.
            block=$(cat "$SNIPPET_DIR/current")
            n=$(find "$SNIPPET_DIR/responses" -name "$block-*.body" | wc -l)
            answer="$SNIPPET_DIR/responses/$block-$(printf '%03d' "$n")"
            args=()
            for arg in "$@"; do args+=("${arg//localhost:8080/localhost:$SNIPPET_PORT}"); done
            "$SNIPPET_REAL_CURL" -D "$answer.headers" "${args[@]}" | tee "$answer.body"
            exit "${PIPESTATUS[0]}"
            """;

    private static final String JAVA = """
            #!/usr/bin/env bash
            # README snippets run `java -jar bootstrap/target/partner-benefits.jar token ...`: the same main, from the test's classpath.
            if [[ "$1" == "-jar" && "$3" == "token" ]]; then
              shift 2
              exec "$SNIPPET_REAL_JAVA" -cp "$SNIPPET_CLASSPATH" com.partnerbenefits.bootstrap.PartnerBenefitsApplication "$@"
            fi
            echo "README snippet test: only 'java -jar ... token ...' runs here; mark a block that starts the service <!-- snippet: skip -->" >&2
            exit 97
            """;

    private static void shim(Path file, String content) throws IOException {
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static int status(String headers) {
        int status = 0;
        for (String line : headers.lines().toList()) {
            if (line.startsWith("HTTP/")) {
                String[] parts = line.split(" ");
                status = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            }
        }
        return status;
    }

    private static JsonNode json(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (JacksonException notJson) {
            return null;
        }
    }

    private static String where(Snippet snippet) {
        return "README line " + snippet.line() + " (" + snippet.firstLine() + ") ";
    }

    private static String tail(String text) {
        String flat = text.strip();
        return flat.length() > 600 ? "…" + flat.substring(flat.length() - 600) : flat;
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private static Optional<Path> which(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":"))
                .map(dir -> Path.of(dir, command)).filter(Files::isExecutable).findFirst();
    }
}
