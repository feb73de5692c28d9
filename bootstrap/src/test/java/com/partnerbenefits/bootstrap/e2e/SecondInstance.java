package com.partnerbenefits.bootstrap.e2e;

import com.partnerbenefits.bootstrap.PartnerBenefitsApplication;
import java.util.stream.Stream;
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

    /**
     * Everything is passed as command-line arguments, which win over application.yml: default properties would
     * lose to it, so the instance would bind port 8080, load the demo world and write ./data.
     * {@code settings} are command-line style, e.g. {@code --benefits.rate-limit.window=1m}. */
    static SecondInstance sharing(MongoConnectionDetails store, String... settings) {
        return started(Stream.concat(Stream.of("--spring.mongodb.uri=" + store.getConnectionString()), Stream.of(settings))
                .toArray(String[]::new));
    }

    /** An instance on a random port without demo data, on the store the settings name (by default a ./data file: name one). */
    static SecondInstance started(String... settings) {
        String[] args = Stream.concat(Stream.of("--server.port=0", "--benefits.demo.enabled=false"), Stream.of(settings))
                .toArray(String[]::new);
        return new SecondInstance(new SpringApplicationBuilder(PartnerBenefitsApplication.class).run(args));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The value a setting resolved to in this instance. */
    String setting(String key) {
        return context.getEnvironment().getProperty(key);
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        context.close();
    }
}
