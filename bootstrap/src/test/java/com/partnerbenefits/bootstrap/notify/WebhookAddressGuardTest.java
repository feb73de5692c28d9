package com.partnerbenefits.bootstrap.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The prod guard: https only, public addresses only, the name resolved once and that address pinned. */
class WebhookAddressGuardTest {

    /** A few names of our own, instead of the real DNS: one resolves to loopback, one to public and private addresses. */
    private static final Map<String, String[]> NAMES = Map.of("loopback.hooks.test", new String[] {"127.0.0.1"},
            "mixed.hooks.test", new String[] {"93.184.216.34", "10.0.0.7"}, "hooks.example.test", new String[] {"93.184.216.34"});

    private final WebhookAddressGuard production = new WebhookAddressGuard(true, WebhookAddressGuardTest::resolve);

    @Test
    void underProdHttpLoopbackPrivateLinkLocalAndMetadataAddressesAreRefused() {
        assertRefused("http://93.184.216.34/hook", "not https");
        for (String url : new String[] {"https://127.0.0.1/hook", "https://10.1.2.3/hook", "https://172.16.0.1/hook",
                "https://192.168.1.1/hook", "https://169.254.169.254/latest/meta-data", "https://[::1]/hook", "https://[fd00::1]/hook",
                "https://[fe80::1]/hook", "https://0.0.0.0/hook"}) {
            assertRefused(url, "resolves to a non-public address");
        }
    }

    @Test
    void underProdANameResolvingToLoopbackOrToAnyPrivateAddressIsRefused() {
        assertRefused("https://loopback.hooks.test/hook", "resolves to a non-public address");
        assertRefused("https://mixed.hooks.test/hook", "resolves to a non-public address");
        assertRefused("https://nowhere.hooks.test/hook", "unknown host");
    }

    @Test
    void theNameIsResolvedOnceAndTheCheckedAddressIsTheOneConnectedTo() throws Exception {
        AtomicInteger lookups = new AtomicInteger(); // answers public first, loopback after: a DNS rebinding
        WebhookAddressGuard guard = new WebhookAddressGuard(true, host -> new InetAddress[] {
                InetAddress.getByName(lookups.getAndIncrement() == 0 ? "93.184.216.34" : "127.0.0.1")});

        assertThat(guard.pin(URI.create("https://rebinding.hooks.test/hook"))).isEqualTo(InetAddress.getByName("93.184.216.34"));
        assertThat(lookups).as("resolved once per attempt, never again to connect").hasValue(1);
    }

    @Test
    void underProdHttpsToAPublicNameIsAllowed() throws Exception {
        assertThat(production.pin(URI.create("https://hooks.example.test/hook"))).isEqualTo(InetAddress.getByName("93.184.216.34"));
    }

    @Test
    void outsideProdAnyUrlIsCalled() throws Exception {
        assertThat(new WebhookAddressGuard(false).pin(URI.create("http://127.0.0.1:8080/hook")).isLoopbackAddress()).isTrue();
    }

    private void assertRefused(String url, String reason) {
        assertThatThrownBy(() -> production.pin(URI.create(url))).as(url).isInstanceOf(WebhookAddressGuard.Refused.class)
                .hasMessage(reason);
    }

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String[] addresses = NAMES.get(host);
        if (addresses == null) {
            if (host.endsWith(".test")) {
                throw new UnknownHostException(host);
            }
            return InetAddress.getAllByName(host); // literals only: parsed, not looked up
        }
        InetAddress[] resolved = new InetAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            resolved[i] = InetAddress.getByName(addresses[i]);
        }
        return resolved;
    }
}
