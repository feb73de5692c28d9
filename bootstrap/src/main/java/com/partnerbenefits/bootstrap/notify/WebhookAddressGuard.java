package com.partnerbenefits.bootstrap.notify;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Where a webhook attempt may connect. The host is resolved once per attempt and the attempt connects to
 * the address answered here ({@link PinnedPost}), never resolving again: a name that answers a public
 * address to the check and a private one to the connection (DNS rebinding) gets nowhere. Under
 * {@code prod} only https, and only when every address the name resolves to is public: none of
 * loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16 with the cloud
 * metadata address, fe80::/10), any-local or multicast.
 */
final class WebhookAddressGuard {

    /** Resolves a host name: the system's resolver, or a test's. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Why an attempt may not connect. */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private final boolean production;
    private final Resolver resolver;

    WebhookAddressGuard(boolean production) {
        this(production, InetAddress::getAllByName);
    }

    WebhookAddressGuard(boolean production, Resolver resolver) {
        this.production = production;
        this.resolver = resolver;
    }

    /** The one address this attempt connects to, checked; refused when the URL may not be called. */
    InetAddress pin(URI url) throws Refused {
        if (production && !"https".equalsIgnoreCase(url.getScheme())) {
            throw new Refused("not https");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(url.getHost());
        } catch (UnknownHostException unknown) {
            throw new Refused("unknown host");
        }
        if (addresses.length == 0) {
            throw new Refused("unknown host");
        }
        for (InetAddress address : addresses) {
            if (production && !isPublic(address)) {
                throw new Refused("resolves to a non-public address");
            }
        }
        return addresses[0];
    }

    static boolean isPublic(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
        return !(address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocalV6);
    }
}
