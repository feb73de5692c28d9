package com.partnerbenefits.bootstrap.notify;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Under {@code prod} a webhook goes only to https and only to public addresses: every address the host
 * resolves to at delivery time must be none of loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7),
 * link-local (169.254/16 with the cloud metadata address, fe80::/10), any-local or multicast.
 */
final class WebhookAddressGuard {

    private final boolean production;

    WebhookAddressGuard(boolean production) {
        this.production = production;
    }

    /** Why the URL may not be called now, or empty when it may. */
    Optional<String> refusal(URI url) {
        if (!production) {
            return Optional.empty();
        }
        if (!"https".equalsIgnoreCase(url.getScheme())) {
            return Optional.of("not https");
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
                if (!isPublic(address)) {
                    return Optional.of("resolves to a non-public address");
                }
            }
            return Optional.empty();
        } catch (UnknownHostException unknown) {
            return Optional.of("unknown host");
        }
    }

    static boolean isPublic(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
        return !(address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocalV6);
    }
}
