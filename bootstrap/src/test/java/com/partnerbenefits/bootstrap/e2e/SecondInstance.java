package com.partnerbenefits.bootstrap.e2e;

import com.partnerbenefits.bootstrap.PartnerBenefitsApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Another instance of the service, in this JVM, sharing the test instance's store through its URI. */
final class SecondInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    final GraphQlHttp api;

    private SecondInstance(ConfigurableApplicationContext context) {
        this.context = context;
        this.api = new GraphQlHttp(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    /** {@code settings} are command-line style, e.g. {@code --benefits.rate-limit.window=1m}. */
    static SecondInstance sharing(MongoConnectionDetails store, String... settings) {
        // Command-line arguments, not default properties: application.yml would override those (port 8080).
        String[] arguments = java.util.stream.Stream.concat(java.util.stream.Stream.of(
                "--spring.mongodb.uri=" + store.getConnectionString(), "--server.port=0", "--benefits.demo.enabled=false"),
                java.util.Arrays.stream(settings)).toArray(String[]::new);
        return new SecondInstance(new SpringApplicationBuilder(PartnerBenefitsApplication.class).run(arguments));
    }

    @Override
    public void close() {
        context.close();
    }
}
