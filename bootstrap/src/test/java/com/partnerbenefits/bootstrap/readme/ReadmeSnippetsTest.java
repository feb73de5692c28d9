package com.partnerbenefits.bootstrap.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The README's snippets run as pasted: every block, in order, in one bash session, against the
 * service started here on a random port over the in-memory store with the demo data.
 *
 * <p>How to write a README snippet so that this test runs it (see {@link SnippetRunner} for details):
 * <ul>
 * <li>```bash blocks run; write {@code curl -s localhost:8080/graphql -H "Authorization: Bearer $TOKEN"
 * -H 'Content-Type: application/json' -d '{"query":"…"}'} on one line, or build the body with
 * {@code jq -n --arg … '{query: $query, variables: {…}}' | curl … -d @-} for long queries and variables
 * (no raw newline inside a JSON string). One GraphQL operation per block.</li>
 * <li>Take IDs from an earlier answer into a shell variable ({@code PRODUCT=$(curl … | jq -r '…')}),
 * so the reader sees where each ID comes from; variables carry over to later blocks.</li>
 * <li>Tokens come from {@code java -jar bootstrap/target/partner-benefits.jar token <login> [--msa] [--operator]}
 * (this test runs the same main from its classpath).</li>
 * <li>```graphql blocks run with the shell's {@code $TOKEN} and the variables of a
 * {@code <!-- snippet: variables {"id": "$SHELL_VAR"} -->} line just above them.</li>
 * <li>A block that must not run (building, starting the service, anything with a fixed port of its own)
 * has {@code <!-- snippet: skip (why) -->} on the line above it; one that shows an error has
 * {@code <!-- snippet: expect-error CODE -->}. Every other block must answer without {@code errors},
 * without {@code userErrors} and below HTTP 400. ```json / ```text blocks show output and do not run.</li>
 * </ul>
 * Skipped (and says so) where bash, curl or jq is missing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "benefits.embedded-mongo.in-memory=true", "benefits.demo.enabled=true"})
class ReadmeSnippetsTest {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();

    @LocalServerPort
    int port;

    @TempDir
    Path scratch;

    @BeforeEach
    void needsTheCommandsTheReaderNeeds() {
        SnippetRunner.missingCommand().ifPresent(command -> Assumptions.abort(
                "README snippet test skipped: the snippets need '" + command + "', which is not installed here"));
    }

    @Test
    void everyReadmeSnippetRunsAsPasted() throws Exception {
        List<Snippet> snippets = Snippet.in(Files.readString(PROJECT.resolve("README.md")));
        assertThat(snippets).filteredOn(s -> !s.skipped() && SnippetRunner.SHELL.contains(s.language()))
                .hasSizeGreaterThanOrEqualTo(8);

        assertThat(new SnippetRunner(port, scratch).run(snippets)).isEmpty();
    }

    @Test
    void aBrokenSnippetIsReportedWithItsLine() throws Exception {
        String markdown = """
                <!-- snippet: skip (starts the service) -->
                ```bash
                java -jar bootstrap/target/partner-benefits.jar
                ```

                ```bash
                TOKEN=$(java -jar bootstrap/target/partner-benefits.jar token admin@contoso.com)
                PRODUCT=$(curl -s localhost:8080/graphql -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
                  -d '{"query":"{ products { id name } }"}' | jq -r '.data.products[] | select(.name == "SQL Server") | .id')
                ```
                <!-- snippet: variables {"p": "$PRODUCT"} -->
                ```graphql
                query($p: ID!) { supportPlans(productId: $p, productVersion: "2022") { available { incidentsRemaining } } }
                ```
                ```graphql
                { supportPlans(productId: "bm9wZQ", productVersion: "2022") { available { incidentsRemaining } } }
                ```
                ```bash
                curl -s localhost:8080/graphql -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
                  -d '{"query":"mutation { activateTechnicalBenefit(input: {benefitId: \\"bm9wZQ\\"}) { userErrors { code } } }"}'
                ```
                <!-- snippet: expect-error NOT_FOUND -->
                ```bash
                curl -s localhost:8080/graphql -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
                  -d '{"query":"{ supportPlans(productId: \\"bm9wZQ\\", productVersion: \\"2022\\") { reason: __typename } }"}'
                ```
                <!-- snippet: expect-error TIMEOUT -->
                ```bash
                curl -s localhost:8080/graphql -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
                  -d '{"query":"{ viewer { account { login } } }"}'
                ```
                ```bash
                curl -s localhost:8080/graphql -H 'Content-Type: application/json' -d '{"query":"{ products { id } }"}'
                ```
                ```json
                {"shown": "only"}
                ```
                ```bash
                curl -s localhost:8080/graphql -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
                  -d '{"query":"{ viewer { account { login kind } } }"}'
                ```
                ```json
                {"data": {"viewer": {"account": {"login": "admin@contoso.com", "kind": "…"}}}}
                ```
                ```bash
                curl -s localhost:8080/graphql -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
                  -d '{"query":"{ viewer { account { roles } } }"}'
                ```
                ```json
                {"data": {"viewer": {"account": {"roles": ["NOT_A_ROLE"]}}}}
                ```
                ```
                unlabelled
                ```
                ```bash
                java -jar bootstrap/target/partner-benefits.jar --server.port=8080
                ```
                ```bash
                echo never runs
                ```
                """;

        List<String> problems = new SnippetRunner(port, scratch).run(Snippet.in(markdown));

        assertThat(problems).as(String.join("\n", problems)).hasSize(8);
        assertThat(problems.get(0)).startsWith(at(markdown, "unlabelled")).contains("has no language");
        assertThat(problems).noneMatch(p -> p.startsWith(at(markdown, "query($p")))
                .noneMatch(p -> p.startsWith(at(markdown, "reason: __typename")))
                .anySatisfy(p -> assertThat(p).startsWith(at(markdown, "{ supportPlans(productId: \"bm9wZQ\"")).contains("errors [NOT_FOUND]"))
                .anySatisfy(p -> assertThat(p).startsWith(at(markdown, "benefitId:")).contains("errors [NOT_FOUND]"))
                .anySatisfy(p -> assertThat(p).startsWith(at(markdown, "{ viewer {")).contains("should show TIMEOUT"))
                .anySatisfy(p -> assertThat(p).startsWith(at(markdown, "{ products { id } }")).contains("HTTP 401"))
                .anySatisfy(p -> assertThat(p).startsWith(at(markdown, "{ products { id } }"))
                        .contains("does not show").contains("\"errors\""))
                .noneMatch(p -> p.startsWith(at(markdown, "{ viewer { account { login kind } } }")))
                .anySatisfy(p -> assertThat(p).startsWith(at(markdown, "{ viewer { account { roles } } }"))
                        .contains("printed what the ```json at README line").contains("GLOBAL_ADMIN"))
                .anySatisfy(p -> assertThat(p).startsWith(at(markdown, "--server.port=8080")).contains("exited with 97"));
    }

    /** How a problem names the block holding {@code text}: by the line of its opening fence. */
    private static String at(String markdown, String text) {
        List<String> lines = markdown.lines().toList();
        int line = 0;
        while (!lines.get(line).contains(text)) {
            line++;
        }
        while (!lines.get(line).startsWith("```")) {
            line--;
        }
        return "README line " + (line + 1) + " ";
    }
}
