package com.partnerbenefits.bootstrap.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body has fully arrived (read without blocking, see {@link HttpRequestGuard}) and is served
 * from memory, so the application never waits on the client. While the guard passes it on, it presents
 * itself as the original request rather than the async dispatch that carries it, so the filters behind the
 * guard (security first) run as for any request.
 */
final class ArrivedBody extends HttpServletRequestWrapper {

    private final byte[] body;
    private volatile boolean passingOn = true;

    ArrivedBody(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    /** From now on, later dispatches (an async result) are seen as what they are. */
    void passedOn() {
        passingOn = false;
    }

    @Override
    public DispatcherType getDispatcherType() {
        return passingOn ? DispatcherType.REQUEST : super.getDispatcherType();
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream bytes = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return bytes.read(buffer, offset, length);
            }

            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("the body has already been read");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
}
