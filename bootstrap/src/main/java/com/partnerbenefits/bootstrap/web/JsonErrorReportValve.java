package com.partnerbenefits.bootstrap.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * What the container answers by itself, before any filter or error page can (a request whose headers
 * are over the size limit, say), leaves in the API's JSON shape too, instead of Tomcat's HTML report.
 */
public class JsonErrorReportValve extends ErrorReportValve {

    private final HttpErrorShape errors;

    public JsonErrorReportValve(HttpErrorShape errors) {
        this.errors = errors;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        if (headersTooLarge(failure)) {
            status = HttpServletResponse.SC_BAD_REQUEST == status ? 431 : status;
        }
        try {
            response.reset();
            errors.write(response, status, request.getHeader("Accept-Language"));
        } catch (IOException | IllegalStateException clientGone) {
            // nothing more can be said to this client
        }
    }

    private static boolean headersTooLarge(Throwable failure) {
        String message = failure == null ? null : failure.getMessage();
        return message != null && message.contains("header") && message.contains("too large");
    }

    /**
     * Puts this valve in place of the host's error report valve (Spring Boot's, and the one Tomcat would add
     * on start), after Boot's own customizer has run.
     */
    public static WebServerFactoryCustomizer<TomcatServletWebServerFactory> installer(HttpErrorShape errors) {
        return new Installer(errors);
    }

    private record Installer(HttpErrorShape errors) implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Host host = (Host) context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                if (host instanceof org.apache.catalina.core.StandardHost standard) {
                    standard.setErrorReportValveClass(JsonErrorReportValve.class.getName());
                }
                host.getPipeline().addValve(new JsonErrorReportValve(errors));
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
