package com.partnerbenefits.bootstrap.web;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away what cannot be a GraphQL request before anything reads it: another method than POST,
 * a body that does not say it is JSON (a wildcard such as {@code *}{@code /*} says nothing), a body
 * declared over the limit. Each is answered through the error page, so it gets the API's error shape
 * and code (see {@link HttpErrorShape}).
 * <p>
 * The body of an accepted request is then read without blocking (Servlet non-blocking IO): no thread
 * waits while a slow or stalled client sends it, so hundreds of such clients cannot starve the others or
 * the health check. Bytes actually read count against the limit whatever the encoding (chunked
 * included): past it, 413. A body not complete within the read timeout gets 408. Once the body is all
 * there, the request goes on through an async dispatch, served from memory ({@link ArrivedBody}).
 * <p>
 * Most bodies have arrived whole with their headers: what is already buffered is read first, without
 * waiting for the client, and a body declared with its length and complete by then goes on at once in
 * the same dispatch (an async dispatch per request cost a second pass through the container). Only a
 * body still on its way is read asynchronously, from where the first read stopped.
 */
public class HttpRequestGuard extends OncePerRequestFilter {

    private static final MediaType GRAPHQL_JSON = MediaType.parseMediaType("application/graphql+json");
    private static final String ARRIVED = HttpRequestGuard.class.getName() + ".arrivedBody";
    private static final int CHUNK = 8 * 1024;

    private final String path;
    private final long maxBytes;
    private final Duration bodyTimeout;
    private final HttpErrorShape errors;

    public HttpRequestGuard(String path, long maxBytes, Duration bodyTimeout, HttpErrorShape errors) {
        this.path = path;
        this.maxBytes = maxBytes;
        this.bodyTimeout = bodyTimeout;
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !path.equals(request.getRequestURI());
    }

    /** The dispatch that follows a completed body read is where the request really goes on. */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declaredLength = request.getContentLengthLong(); // -1 when not declared (chunked)
        if (request.getDispatcherType() == DispatcherType.ASYNC) {
            goOn(request, response, chain);
        } else if (CorsUtils.isPreFlightRequest(request)) {
            chain.doFilter(request, response); // a browser's CORS preflight: answered by the CORS rules
        } else if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            response.sendError(HttpStatus.METHOD_NOT_ALLOWED.value());
        } else if (!isJson(request.getContentType())) {
            response.sendError(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
        } else if (declaredLength > maxBytes) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
        } else {
            ByteArrayOutputStream body = new ByteArrayOutputStream((int) Math.max(declaredLength, 0));
            if (declaredLength >= 0 && readWhatHasArrived(request.getInputStream(), body)) {
                goOn(new ArrivedBody(request, body.toByteArray()), response, chain);
            } else {
                readWithoutBlocking(request, response, body);
            }
        }
    }

    /**
     * Reads only bytes already received ({@code available()}: no read here waits for the client; a
     * declared length bounds what the container hands out, and it is within the limit); answers whether
     * the whole body is there.
     */
    private static boolean readWhatHasArrived(ServletInputStream input, ByteArrayOutputStream body) throws IOException {
        byte[] chunk = new byte[CHUNK];
        while (!input.isFinished() && input.available() > 0) {
            int read = input.read(chunk);
            if (read < 0) {
                break;
            }
            body.write(chunk, 0, read);
        }
        return input.isFinished();
    }

    private static void goOn(ArrivedBody arrived, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(arrived, response);
        } finally {
            arrived.passedOn();
        }
    }

    /** A body that has arrived goes on as a request of its own; any later dispatch (an async result) passes untouched. */
    private static void goOn(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Object body = request.getAttribute(ARRIVED);
        if (!(body instanceof byte[] bytes)) {
            chain.doFilter(request, response);
            return;
        }
        request.removeAttribute(ARRIVED);
        goOn(new ArrivedBody(request, bytes), response, chain);
    }

    /** Reads the rest of the body as it comes, after what {@code body} holds already. */
    private void readWithoutBlocking(HttpServletRequest request, HttpServletResponse response, ByteArrayOutputStream body)
            throws IOException {
        AsyncContext async = request.startAsync(request, response);
        async.setTimeout(bodyTimeout.toMillis());
        AtomicBoolean settled = new AtomicBoolean();
        String language = request.getHeader("Accept-Language");
        async.addListener(new AsyncListener() {
            @Override
            public void onTimeout(AsyncEvent event) throws IOException {
                refuse(async, settled, HttpStatus.REQUEST_TIMEOUT, language);
            }

            @Override
            public void onError(AsyncEvent event) {
                settle(async, settled);
            }

            @Override
            public void onComplete(AsyncEvent event) {
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
            }
        });
        ServletInputStream input = request.getInputStream();
        input.setReadListener(new ReadListener() {
            private final byte[] chunk = new byte[CHUNK];

            @Override
            public void onDataAvailable() throws IOException {
                while (!settled.get() && input.isReady()) {
                    int read = input.read(chunk);
                    if (read < 0) {
                        return;
                    }
                    body.write(chunk, 0, read);
                    if (body.size() > maxBytes) {
                        refuse(async, settled, HttpStatus.CONTENT_TOO_LARGE, language);
                        return;
                    }
                }
            }

            @Override
            public void onAllDataRead() {
                if (settled.compareAndSet(false, true)) {
                    request.setAttribute(ARRIVED, body.toByteArray());
                    async.dispatch();
                }
            }

            @Override
            public void onError(Throwable failure) {
                settle(async, settled);
            }
        });
    }

    /** Answers in the API's error shape and closes the connection: what is left of the body is not read. */
    private void refuse(AsyncContext async, AtomicBoolean settled, HttpStatus status, String language) throws IOException {
        if (settled.compareAndSet(false, true)) {
            HttpServletResponse response = (HttpServletResponse) async.getResponse();
            try {
                if (!response.isCommitted()) {
                    response.setHeader("Connection", "close");
                    errors.write(response, status.value(), language);
                }
            } finally {
                async.complete();
            }
        }
    }

    /** The client went away while sending: nobody to answer. */
    private static void settle(AsyncContext async, AtomicBoolean settled) {
        if (settled.compareAndSet(false, true)) {
            async.complete();
        }
    }

    /** JSON, named as such: a wildcard type or subtype ({@code *}{@code /*}, {@code application/*}) names no body format. */
    private static boolean isJson(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype()
                    && (MediaType.APPLICATION_JSON.isCompatibleWith(type) || GRAPHQL_JSON.isCompatibleWith(type));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
