package com.partnerbenefits.bootstrap.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class WebhookAddressGuardTest {

    private final WebhookAddressGuard production = new WebhookAddressGuard(true);

    @Test
    void underProdOnlyHttpsToPublicAddressesIsCalled() {
        assertThat(production.refusal(URI.create("http://93.184.216.34/hook"))).contains("not https");
        assertThat(production.refusal(URI.create("https://127.0.0.1/hook"))).isPresent();
        assertThat(production.refusal(URI.create("https://10.1.2.3/hook"))).isPresent();
        assertThat(production.refusal(URI.create("https://172.16.0.1/hook"))).isPresent();
        assertThat(production.refusal(URI.create("https://192.168.1.1/hook"))).isPresent();
        assertThat(production.refusal(URI.create("https://169.254.169.254/latest/meta-data"))).isPresent();
        assertThat(production.refusal(URI.create("https://[::1]/hook"))).isPresent();
        assertThat(production.refusal(URI.create("https://[fd00::1]/hook"))).isPresent();
        assertThat(production.refusal(URI.create("https://localhost/hook"))).as("a name resolving to loopback").isPresent();
        assertThat(production.refusal(URI.create("https://93.184.216.34/hook"))).isEmpty();
    }

    @Test
    void outsideProdAnyUrlIsCalled() {
        assertThat(new WebhookAddressGuard(false).refusal(URI.create("http://127.0.0.1:8080/hook"))).isEmpty();
    }
}
