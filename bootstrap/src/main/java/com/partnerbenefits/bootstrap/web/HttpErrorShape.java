package com.partnerbenefits.bootstrap.web;

import com.partnerbenefits.adapter.graphql.support.ApiMessages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Errors the HTTP layer answers before GraphQL runs (a body that is not JSON, no query, a wrong
 * method or path, a body over the limit) get the GraphQL error shape with a stable code, and
 * nothing about the server: no exception, no trace, no timestamp.
 */
public class HttpErrorShape extends DefaultErrorAttributes {

    private final ApiMessages messages;

    public HttpErrorShape(ApiMessages messages) {
        this.messages = messages;
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Object status = request.getAttribute("jakarta.servlet.error.status_code", RequestAttributes.SCOPE_REQUEST);
        HttpStatus http = HttpStatus.resolve(status instanceof Integer code ? code : 500);
        Locale locale = ApiMessages.negotiate(request.getHeader("Accept-Language"));
        String code;
        String classification;
        String message;
        if (http == HttpStatus.CONTENT_TOO_LARGE) {
            code = "REQUEST_TOO_LARGE";
            classification = "BAD_REQUEST";
            message = messages.get("limit.REQUEST_TOO_LARGE", locale);
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
}
