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

    @BeforeEach
    void connect() {
        api = new GraphQlHttp(port);
    }
}
