package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests a careless client or an attacker sends: each is the client's mistake and gets a 4xx or BAD_REQUEST
 * answer with a code, in the API's JSON shape, with no Java names, and leaves no ERROR line in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class EdgeRequestsEndToEndTest extends EndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TOMCAT_REQUEST_PARSER = "org.apache.coyote.http11.Http11Processor";
    private static final String MEMBER = GraphQlHttp.token("edges@outlook.com", false);
    private static final List<String> JAVA_NAMES = List.of("LinkedHashMap", "ArrayList", "java.", "Exception", "Whitelabel",
            "<html", "Integer'", "Boolean'");

    @Test
    void aChunkedBodyOverTheLimitIsRefusedOnTheBytesRead(CapturedOutput log) throws Exception {
        Raw answer = chunked(8 * 1024 * 1024);

        assertThat(answer.status()).isEqualTo(413);
        assertApiError(answer.body(), "REQUEST_TOO_LARGE", "BAD_REQUEST");
        assertThat(chunked(2_000).status()).as("a small chunked body is served").isEqualTo(200);
        assertNoErrorLogged(log);
    }

    @Test
    void wildcardContentTypesAreUnsupportedMediaTypes(CapturedOutput log) throws Exception {
        for (String type : List.of("*/*", "application/*")) {
            HttpResponse<String> response = http(HttpRequest.newBuilder(graphql()).header("Content-Type", type)
                    .header("Authorization", "Bearer " + MEMBER)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ viewer { account { id } } }\"}")));

            assertThat(response.statusCode()).as(type).isEqualTo(415);
            assertApiError(response.body(), "INVALID_INPUT", "BAD_REQUEST");
        }
        assertNoErrorLogged(log);
    }

    /**
     * Tomcat reports the first request header it cannot parse at INFO, with a stack trace; here that request is
     * the test's own, so its report is off for this test only (the answer is what is asserted).
     */
    @Test
    void anOversizedHeaderGetsTheApiShapeNotTheContainersPage(CapturedOutput log) throws Exception {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        Raw answer;
        logging.setLogLevel(TOMCAT_REQUEST_PARSER, LogLevel.OFF);
        try {
            answer = raw("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Padding: "
                    + "p".repeat(64 * 1024) + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
        } finally {
            logging.setLogLevel(TOMCAT_REQUEST_PARSER, null);
        }

        assertThat(answer.status()).isBetween(400, 499);
        assertApiError(answer.body(), "REQUEST_TOO_LARGE", "BAD_REQUEST");
        assertNoErrorLogged(log);
    }

    @Test
    void aBrowserOpeningTheEndpointGetsJsonNotAWhitelabelPage(CapturedOutput log) throws Exception {
        HttpResponse<String> response = http(HttpRequest.newBuilder(graphql()).header("Accept", "text/html").GET());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
        assertApiError(response.body(), "INVALID_INPUT", "BAD_REQUEST");
        assertNoErrorLogged(log);
    }

    @Test
    void aBadFaithIntrospectionQueryIsTheClientsMistake(CapturedOutput log) {
        String query = "{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }";
        GraphQlHttp.Response response = api.post(MEMBER, null, query, Map.of());

        assertApiError(response.body(), "INVALID_INPUT", "BAD_REQUEST");
        assertNoErrorLogged(log);
    }

    @Test
    void aCraftedCursorIsInvalidInputAndLogsNothing(CapturedOutput log) {
        String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(("i:" + System.currentTimeMillis() + ": ")
                .getBytes(StandardCharsets.UTF_8));
        GraphQlHttp.Response response = api.post(MEMBER, null, "query($c: String) { viewer { incidents(after: $c) "
                + "{ totalCount } } }", Map.of("c", cursor));

        assertApiError(response.body(), "INVALID_INPUT", "BAD_REQUEST");
        assertNoErrorLogged(log);
    }

    @Test
    void variableCoercionErrorsNameJsonTypesNotJavaClasses(CapturedOutput log) {
        GraphQlHttp.Response object = api.post(MEMBER, null, "query($v: String!) { supportPlans(productId: \"x\", "
                + "productVersion: $v) { available { incidentsRemaining } } }", Map.of("v", Map.of("a", 1)));
        assertApiError(object.body(), "INVALID_INPUT", "BAD_REQUEST");
        assertThat(object.body()).contains("an object");
        for (Object wrong : List.of(List.of(1, 2), "ten", 1.5)) {
            GraphQlHttp.Response response = api.post(MEMBER, null, "query($f: Int) { viewer { incidents(first: $f) "
                    + "{ totalCount } } }", Map.of("f", wrong));

            assertApiError(response.body(), "INVALID_INPUT", "BAD_REQUEST");
        }
        GraphQlHttp.Response page = api.post(MEMBER, "ja", "query($f: Int) { viewer { incidents(first: $f) { totalCount } } }",
                Map.of("f", Map.of("a", 1)));
        assertApiError(page.body(), "INVALID_INPUT", "BAD_REQUEST");
        assertNoErrorLogged(log);
    }

    @Test
    void racingFirstRequestsOfAnAccountAreHandledWithoutAnErrorInTheLog(CapturedOutput log) throws Exception {
        for (int round = 0; round < 3; round++) {
            String newcomer = GraphQlHttp.msaToken("racer" + round + "-" + System.nanoTime() + "@outlook.com");
            List<CompletableFuture<GraphQlHttp.Response>> racing = java.util.stream.IntStream.range(0, 8)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> api.post(newcomer, null,
                            "mutation { withdrawIncident(input: {incidentId: \"SW5jaWRlbnQ6eA\"}) { userErrors { code } } }",
                            Map.of()))).toList();
            for (CompletableFuture<GraphQlHttp.Response> response : racing) {
                assertThat(response.get(60, TimeUnit.SECONDS).status()).isEqualTo(200);
            }
        }
        assertNoErrorLogged(log);
    }

    @Test
    void thePageSizeErrorSpeaksOfARangeNotOfCharacters() {
        for (String language : List.of("en", "ja", "pt-BR")) {
            GraphQlHttp.Response response = api.post(MEMBER, language, "{ viewer { incidents(first: 500) { totalCount } } }",
                    Map.of());

            assertThat(response.at("errors.0.extensions.code").asString()).isEqualTo("INVALID_INPUT");
            assertThat(response.at("errors.0.message").asString()).contains("100").doesNotContain("characters", "文字", "caracteres");
        }
    }

    private static void assertApiError(String body, String code, String classification) {
        JsonNode json = JSON.readTree(body);
        assertThat(json.at("/errors/0/extensions/code").asString()).as(body).isEqualTo(code);
        assertThat(json.at("/errors/0/extensions/classification").asString()).as(body).isEqualTo(classification);
        assertThat(json.at("/errors/0/message").asString()).as(body).isNotBlank();
        JAVA_NAMES.forEach(name -> assertThat(body).as("no Java or container insides").doesNotContain(name));
    }

    private static void assertNoErrorLogged(CapturedOutput log) {
        assertThat(log.getAll().lines().filter(line -> line.contains(" ERROR ")).toList()).as("ERROR lines").isEmpty();
    }

    private URI graphql() {
        return URI.create("http://127.0.0.1:" + port + "/graphql");
    }

    private static HttpResponse<String> http(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A chunked POST of {@code size} bytes of JSON, written while the answer is read, so a refusal mid-body is seen. */
    private Raw chunked(int size) throws Exception {
        String query = "{\"query\":\"{ viewer { account { login } } }\"}";
        try (Socket socket = openSocket()) {
            CompletableFuture<byte[]> answer = CompletableFuture.supplyAsync(() -> readAll(socket));
            OutputStream out = socket.getOutputStream();
            try {
                out.write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + MEMBER + "\r\nContent-Type: "
                        + "application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                byte[] chunk = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
                for (int sent = query.length(); sent < size; sent += chunk.length) {
                    int length = Math.min(chunk.length, size - sent);
                    out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk, 0, length);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                byte[] last = query.getBytes(StandardCharsets.US_ASCII);
                out.write((Integer.toHexString(last.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(last);
                out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException refusedMidBody) {
                // the service stopped reading: its answer is already on the way
            }
            return Raw.of(answer.get(60, TimeUnit.SECONDS));
        }
    }

    private Raw raw(String request) throws Exception {
        try (Socket socket = openSocket()) {
            CompletableFuture<byte[]> answer = CompletableFuture.supplyAsync(() -> readAll(socket));
            try {
                socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            } catch (IOException refusedEarly) {
                // the answer is already on the way
            }
            return Raw.of(answer.get(60, TimeUnit.SECONDS));
        }
    }

    private Socket openSocket() throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        socket.setSoTimeout(60_000);
        return socket;
    }

    private static byte[] readAll(Socket socket) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                bytes.write(buffer, 0, read);
            }
        } catch (IOException closed) {
            // what arrived before the close is the answer
        }
        return bytes.toByteArray();
    }

    /** An HTTP/1.1 answer read off the wire (a chunked body is joined). */
    private record Raw(int status, String body) {

        static Raw of(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            assertThat(text).as("an HTTP answer").startsWith("HTTP/1.1 ");
            int status = Integer.parseInt(text.substring(9, 12));
            int split = text.indexOf("\r\n\r\n");
            String head = text.substring(0, split).toLowerCase();
            String body = text.substring(split + 4);
            String joined = head.contains("transfer-encoding: chunked") ? unchunk(body) : body;
            return new Raw(status, new String(joined.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }

        /** Joins the chunks of a body read as ISO-8859-1, where one character is one byte. */
        private static String unchunk(String body) {
            StringBuilder joined = new StringBuilder();
            int at = 0;
            while (at < body.length()) {
                int lineEnd = body.indexOf("\r\n", at);
                int length = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
                if (length == 0) {
                    break;
                }
                joined.append(body, lineEnd + 2, lineEnd + 2 + length);
                at = lineEnd + 2 + length + 2;
            }
            return joined.toString();
        }
    }
}
