package com.partnerbenefits.bootstrap.store;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default store: without {@code spring.mongodb.uri}, mongo-java-server starts on
 * loopback, kept in an H2 file (or in memory), and the MongoDB client is pointed at it. Other
 * instances can share it through the logged URI.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoMongoUriConfigured.class)
@EnableConfigurationProperties(EmbeddedMongoProperties.class)
public class EmbeddedMongoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer(EmbeddedMongoProperties properties) throws IOException {
        MongoBackend backend;
        String where;
        if (properties.inMemory()) {
            backend = new KeyFirstMemoryBackend();
            where = "in memory";
        } else {
            Path file = Path.of(properties.path()).toAbsolutePath();
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            backend = new DurableH2Backend(file);
            where = "in " + file;
        }
        MongoServer server = new MongoServer(backend);
        server.bind(new InetSocketAddress("127.0.0.1", properties.port()));
        LOG.info("Embedded MongoDB-compatible store listening on mongodb://{}, kept {}",
                hostAndPort(server), where);
        return server;
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer server) {
        ConnectionString uri = new ConnectionString("mongodb://" + hostAndPort(server) + "/benefits");
        return () -> uri;
    }

    private static String hostAndPort(MongoServer server) {
        InetSocketAddress address = server.getLocalAddress();
        return address.getHostString() + ":" + address.getPort();
    }
}
