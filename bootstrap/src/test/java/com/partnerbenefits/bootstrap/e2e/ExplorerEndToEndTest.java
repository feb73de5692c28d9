package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** SPEC §4.1: GraphiQL and the SDL load without a token, and the explorer needs nothing but this server. */
class ExplorerEndToEndTest extends EndToEndTest {

    private static final Pattern LINKED = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    @Test
    void graphiqlLoadsWithoutATokenAndEverythingItLoadsComesFromThisServer() {
        HttpResponse<String> page = PlainHttp.get(port, "/graphiql");
        List<String> linked = linked(page.body());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'", "connect-src 'self'"));
        assertThat(linked).contains("/webjars/graphiql/graphiql.min.js", "/webjars/react/umd/react.production.min.js",
                "/graphiql/explorer.js");
        assertThat(linked).allSatisfy(path -> {
            assertThat(path).as("no CDN, no other host").startsWith("/");
            assertThat(PlainHttp.get(port, path).statusCode()).as(path).isEqualTo(200);
        });
    }

    @Test
    void theSchemaIsPrintedAsSdlWithoutAToken() {
        HttpResponse<String> schema = PlainHttp.get(port, "/graphql/schema");

        assertThat(schema.statusCode()).isEqualTo(200);
        assertThat(schema.body()).contains("type Query", "viewer");
    }

    private static List<String> linked(String html) {
        Matcher matcher = LINKED.matcher(html);
        List<String> paths = new java.util.ArrayList<>();
        while (matcher.find()) {
            paths.add(matcher.group(1));
        }
        return paths;
    }
}
