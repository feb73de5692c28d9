package com.partnerbenefits.bootstrap.e2e;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The whole service on a random port over the in-memory embedded store, without demo data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "benefits.embedded-mongo.in-memory=true", "benefits.demo.enabled=false"})
abstract class EndToEndTest {

    @LocalServerPort
    int port;

    GraphQlHttp api;
    /** The operator's, the partner dashboard's and the incident pages' requests, over {@link #api}. */
    BackOffice backOffice;
    Benefits benefits;
    Incidents incidents;

    @BeforeEach
    void connect() {
        api = new GraphQlHttp(port);
        backOffice = new BackOffice(api);
        benefits = new Benefits(api);
        incidents = new Incidents(api);
    }
}
