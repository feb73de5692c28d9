package com.partnerbenefits.bootstrap.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page answers in the API's JSON shape whatever the client accepts: a browser opening
 * {@code /graphql} gets the same coded 405 as any client, never an HTML "Whitelabel Error Page".
 * Replaces Spring Boot's {@code BasicErrorController}.
 */
@Controller
public class JsonErrorController implements ErrorController {

    private final HttpErrorShape errors;

    public JsonErrorController(HttpErrorShape errors) {
        this.errors = errors;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        errors.write(response, status instanceof Integer code ? code : HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                request.getHeader("Accept-Language"));
    }
}
