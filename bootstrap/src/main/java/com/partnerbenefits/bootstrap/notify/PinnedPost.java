package com.partnerbenefits.bootstrap.notify;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 POST to a webhook URL over a connection to the address the {@link WebhookAddressGuard}
 * pinned: the JDK's HTTP clients resolve the name again when they connect, so this opens the socket
 * itself. Over https the TLS handshake names the URL's host (SNI) and checks the certificate against it;
 * the Host header is the URL's. Only the status line is read; a redirect is just its status, never
 * followed; the whole attempt, connecting included, ends by the timeout.
 */
final class PinnedPost {

    private static final int MAX_STATUS_LINE = 8 * 1024;

    private final SSLSocketFactory tls;

    PinnedPost(SSLSocketFactory tls) {
        this.tls = tls;
    }

    PinnedPost() {
        this((SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /** The receiver's HTTP status. */
    int post(URI url, InetAddress pinned, Map<String, String> headers, String body, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean https = "https".equalsIgnoreCase(url.getScheme());
        int port = url.getPort() != -1 ? url.getPort() : https ? 443 : 80;
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(pinned, port), remainingMillis(deadline));
            Socket socket = https ? handshake(plain, url.getHost(), port, deadline) : plain;
            try {
                byte[] content = body.getBytes(StandardCharsets.UTF_8);
                socket.setSoTimeout(remainingMillis(deadline));
                OutputStream out = socket.getOutputStream();
                out.write(head(url, port, https, headers, content.length).getBytes(StandardCharsets.UTF_8));
                out.write(content);
                out.flush();
                return status(new BufferedInputStream(socket.getInputStream()), socket, deadline);
            } finally {
                socket.close();
            }
        }
    }

    private Socket handshake(Socket plain, String host, int port, long deadline) throws IOException {
        SSLSocket secure = (SSLSocket) tls.createSocket(plain, host, port, true);
        SSLParameters parameters = secure.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the URL's host
        if (!host.matches("[0-9.]+") && !host.startsWith("[")) { // SNI names a host, never an address
            parameters.setServerNames(List.of(new SNIHostName(host)));
        }
        secure.setSSLParameters(parameters);
        secure.setSoTimeout(remainingMillis(deadline));
        secure.startHandshake();
        return secure;
    }

    private static String head(URI url, int port, boolean https, Map<String, String> headers, int length) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        String target = url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
        boolean defaultPort = port == (https ? 443 : 80);
        String host = url.getHost() + (defaultPort ? "" : ":" + port);
        StringBuilder head = new StringBuilder("POST ").append(target).append(" HTTP/1.1\r\nHost: ").append(host)
                .append("\r\nContent-Length: ").append(length).append("\r\nConnection: close\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return head.append("\r\n").toString();
    }

    /** Reads {@code HTTP/1.1 200 OK} up to its line end, within the deadline however slowly it comes. */
    private static int status(InputStream in, Socket socket, long deadline) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int read; line.length() < MAX_STATUS_LINE; line.append((char) read)) {
            socket.setSoTimeout(remainingMillis(deadline));
            read = in.read();
            if (read == -1 || read == '\n') {
                break;
            }
        }
        String[] parts = line.toString().strip().split(" ");
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP answer");
        }
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException malformed) {
            throw new IOException("not an HTTP status");
        }
    }

    private static int remainingMillis(long deadline) throws SocketTimeoutException {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new SocketTimeoutException("webhook timeout");
        }
        return (int) Math.min(Integer.MAX_VALUE, left);
    }
}
