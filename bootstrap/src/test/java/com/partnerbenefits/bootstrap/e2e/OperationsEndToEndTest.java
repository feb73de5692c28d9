package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What operations read: readiness with the store for everyone, build info and metrics for operators only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "benefits.embedded-mongo.in-memory=true", "benefits.demo.enabled=false",
        "management.prometheus.metrics.export.enabled=true"})
class OperationsEndToEndTest {

    @LocalServerPort
    int port;

    @Test
    void metricsAndInfoNeedAnOperatorsToken() {
        String member = GraphQlHttp.token("member@example.test", false);

        HttpResponse<String> anonymous = PlainHttp.get(port, "/actuator/prometheus");
        HttpResponse<String> notAnOperator = PlainHttp.get(port, "/actuator/info", "Authorization", "Bearer " + member);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(PlainHttp.json(anonymous, "errors.0.extensions.code")).isEqualTo("UNAUTHENTICATED");
        assertThat(notAnOperator.statusCode()).isEqualTo(403);
        assertThat(PlainHttp.json(notAnOperator, "errors.0.extensions.code")).isEqualTo("NOT_AUTHORIZED");
        assertThat(PlainHttp.json(notAnOperator, "errors.0.extensions.classification")).isEqualTo("FORBIDDEN");
    }

    @Test
    void prometheusShowsHttpGraphQlAndStoreMetrics() {
        new GraphQlHttp(port).post(GraphQlHttp.token("member@example.test", false), null,
                "{ viewer { account { login } } }", Map.of());

        HttpResponse<String> metrics = PlainHttp.get(port, "/actuator/prometheus", "Authorization", "Bearer " + operator());

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds_count{", "graphql_request_seconds_count{",
                "mongodb_driver_commands_seconds_count{");
    }

    @Test
    void infoShowsTheBuild() {
        HttpResponse<String> info = PlainHttp.get(port, "/actuator/info", "Authorization", "Bearer " + operator());

        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(PlainHttp.json(info, "build.artifact")).isEqualTo("bootstrap");
        assertThat(PlainHttp.json(info, "build.version")).isNotBlank();
        assertThat(PlainHttp.json(info, "build.time")).isNotBlank();
    }

    @Test
    void readinessIncludesTheStoreAndNeedsNoToken() {
        HttpResponse<String> readiness = PlainHttp.get(port, "/actuator/health/readiness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(PlainHttp.json(readiness, "status")).isEqualTo("UP");
        assertThat(PlainHttp.json(readiness, "components.store.status")).isEqualTo("UP");
        assertThat(PlainHttp.json(readiness, "components.readinessState.status")).isEqualTo("UP");
    }

    private static String operator() {
        return GraphQlHttp.token("operator@example.test", true);
    }
}
