package com.partnerbenefits.bootstrap.web;

import com.partnerbenefits.adapter.graphql.support.ApiMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors the HTTP layer answers before GraphQL runs (a body that is not JSON, no query, a wrong
 * method or path, a body over the limit) get the GraphQL error shape with a stable code, and
 * nothing about the server: no exception, no trace, no timestamp.
 */
public class HttpErrorShape extends DefaultErrorAttributes {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiMessages messages;

    public HttpErrorShape(ApiMessages messages) {
        this.messages = messages;
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Object status = request.getAttribute("jakarta.servlet.error.status_code", RequestAttributes.SCOPE_REQUEST);
        return body(status instanceof Integer code ? code : 500, request.getHeader("Accept-Language"));
    }

    /** The API's error body for an HTTP status, in the language the client asked for. */
    public Map<String, Object> body(int status, String acceptLanguage) {
        HttpStatus http = HttpStatus.resolve(status);
        Locale locale = ApiMessages.negotiate(acceptLanguage);
        String code;
        String classification;
        String message;
        if (http == HttpStatus.CONTENT_TOO_LARGE || http == HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE) {
            code = "REQUEST_TOO_LARGE";
            classification = "BAD_REQUEST";
            message = messages.get(http == HttpStatus.CONTENT_TOO_LARGE ? "limit.REQUEST_TOO_LARGE" : "http.HEADERS_TOO_LARGE",
                    locale);
        } else if (http == HttpStatus.REQUEST_TIMEOUT) {
            code = "TIMEOUT";
            classification = "BAD_REQUEST";
            message = messages.get("limit.TIMEOUT", locale);
        } else if (http == HttpStatus.METHOD_NOT_ALLOWED || http == HttpStatus.UNSUPPORTED_MEDIA_TYPE) {
            code = "INVALID_INPUT";
            classification = "BAD_REQUEST";
            message = messages.get("http.BAD_REQUEST", locale);
        } else if (http == HttpStatus.NOT_FOUND) {
            code = "NOT_FOUND";
            classification = "NOT_FOUND";
            message = messages.get("http.NOT_FOUND", locale);
        } else if (http != null && http.is4xxClientError()) {
            code = "INVALID_INPUT";
            classification = "BAD_REQUEST";
            message = messages.get("http.BAD_REQUEST", locale);
        } else {
            code = "INTERNAL_ERROR";
            classification = "INTERNAL_ERROR";
            message = messages.get("error.INTERNAL_ERROR", locale, "-");
        }
        return body(message, code, classification);
    }

    /** The API's error shape: {@code {"errors":[{"message", "extensions":{"code","classification"}}]}}. */
    public static Map<String, Object> body(String message, String code, String classification) {
        return Map.of("errors", List.of(Map.of("message", message,
                "extensions", Map.of("code", code, "classification", classification))));
    }

    /** Writes the error body itself, for answers given where no error page is dispatched (a container valve, an async read). */
    public void write(HttpServletResponse response, int status, String acceptLanguage) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(body(status, acceptLanguage)));
        response.flushBuffer();
    }
}
