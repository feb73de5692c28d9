package com.partnerbenefits.bootstrap.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One blocking HTTP/1.1 keep-alive connection, as a load generator (wrk, ab) holds one per client: the request is
 * written in one piece and the answer read on the same thread. The JDK's {@code HttpClient} hands every exchange
 * between its selector thread and an executor; on two cores shared with the service those hand-offs cost more than
 * some of the requests measured, and they are the client's cost, not the service's. The floor's driver calls use
 * blocking sockets the same way.
 */
final class KeepAliveConnection implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final byte[] head;
    private long lastUsed = System.nanoTime();

    KeepAliveConnection(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        head = ("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Posts the body and answers the status and body of the answer. */
    Answer post(String authorization, byte[] body) throws IOException {
        lastUsed = System.nanoTime();
        ByteArrayOutputStream request = new ByteArrayOutputStream(head.length + body.length + 256);
        request.write(head);
        request.write(("Authorization: " + authorization + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        request.write(body);
        request.writeTo(out);
        out.flush();
        return read();
    }

    /** Whether the service may have closed it meanwhile (it closes idle connections after a few seconds). */
    boolean idleFor(Duration duration) {
        return System.nanoTime() - lastUsed > duration.toNanos();
    }

    /** The answer; {@code closed} when the service ended the connection after it (Tomcat does every 100 requests). */
    record Answer(int status, String body, boolean closed) {
    }

    private Answer read() throws IOException {
        String statusLine = line();
        int status = Integer.parseInt(statusLine.substring(9, 12));
        int length = -1;
        boolean chunked = false;
        boolean closed = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String name = header.substring(0, header.indexOf(':')).trim();
            String value = header.substring(header.indexOf(':') + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Integer.parseInt(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                chunked = true;
            } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                closed = true;
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (int size = Integer.parseInt(line().trim(), 16); size > 0; size = Integer.parseInt(line().trim(), 16)) {
                body.write(in.readNBytes(size));
                line();
            }
            line();
        } else if (length >= 0) {
            body.write(in.readNBytes(length));
        } else {
            throw new IOException("an answer without a length on a keep-alive connection");
        }
        return new Answer(status, body.toString(StandardCharsets.UTF_8), closed);
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("the service closed the connection");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
