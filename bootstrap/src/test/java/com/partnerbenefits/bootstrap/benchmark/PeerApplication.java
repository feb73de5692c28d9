package com.partnerbenefits.bootstrap.benchmark;

import graphql.schema.DataFetcher;
import org.bson.Document;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.graphql.autoconfigure.GraphQlAutoConfiguration;
import org.springframework.boot.graphql.autoconfigure.servlet.GraphQlWebMvcAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The peer: a bare application on the service's own stack (Spring Boot, Tomcat, Spring MVC, Jackson, Spring for GraphQL,
 * the MongoDB driver and Spring Data's {@code MongoTemplate}), without security, limits, metrics or error shaping, and a
 * one-field schema ({@code benchmark-peer/peer.graphqls}): {@code { account { id } }} reads one document by {@code _id}.
 * Only the auto-configurations it names are used: anything else on the test class path (security, actuator,
 * observations) stays off. Not a {@code @Configuration}, so the service's component scan, which covers this package in
 * tests, never picks it up.
 */
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, HttpEncodingAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class, GraphQlAutoConfiguration.class,
        GraphQlWebMvcAutoConfiguration.class, MongoAutoConfiguration.class, DataMongoAutoConfiguration.class})
class PeerApplication {

    /** Starts it on a random port against the store at {@code storeUri}, reading {@code collection}'s document {@code id}. */
    static ConfigurableApplicationContext start(String storeUri, String collection, Object id) {
        return new SpringApplicationBuilder(PeerApplication.class).properties(
                // not the service's application.yml: the peer has only the stack's defaults, and the two stack-level
                // settings the service also makes (no request-handled event, no schema inspection)
                "spring.config.name=benchmark-peer", "server.port=0", "spring.mongodb.uri=" + storeUri,
                "spring.graphql.http.path=/graphql", "spring.graphql.schema.locations=classpath:benchmark-peer/",
                "spring.graphql.schema.inspection.enabled=false", "spring.mvc.publish-request-handled-events=false",
                "logging.level.root=warn", "peer.collection=" + collection)
                .initializers(context -> context.getBeanFactory().registerSingleton("peerDocumentId", new PeerDocument(id)))
                .run();
    }

    record PeerDocument(Object id) {
    }

    @Bean
    RuntimeWiringConfigurer peerQuery(MongoTemplate mongo, PeerDocument document,
            org.springframework.core.env.Environment environment) {
        String collection = environment.getRequiredProperty("peer.collection");
        DataFetcher<Document> account = env -> mongo.findById(document.id(), Document.class, collection);
        DataFetcher<Object> id = env -> env.<Document>getSource().get("_id").toString();
        return wiring -> wiring.type("Query", type -> type.dataFetcher("account", account))
                .type("Account", type -> type.dataFetcher("id", id));
    }

    /** Its MongoDB commands are counted like the service's, so its rows show one command per request. */
    @Bean
    MongoClientSettingsBuilderCustomizer peerCommandStats() {
        return settings -> settings.addCommandListener(CommandStats.INSTANCE);
    }
}
