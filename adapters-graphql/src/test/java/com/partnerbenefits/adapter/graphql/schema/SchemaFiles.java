package com.partnerbenefits.adapter.graphql.schema;

import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The schema the service serves (every {@code graphql/**}{@code /*.graphqls}, as Spring for GraphQL loads it) and the released one. */
final class SchemaFiles {

    /** The schema as last released: a breaking change against it must be recorded in {@link #ACCEPTED_BREAKING_CHANGES}. */
    static final String RELEASED = "schema-history/released.graphqls";
    static final String ACCEPTED_BREAKING_CHANGES = "schema-history/accepted-breaking-changes.txt";

    private SchemaFiles() {
    }

    /** The current schema's SDL: all its files, in name order. */
    static String currentSdl() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/**/*.graphqls");
            if (files.length == 0) {
                throw new IllegalStateException("no schema files under graphql/ on the classpath");
            }
            return Arrays.stream(files).sorted(Comparator.comparing(Resource::getFilename)).map(SchemaFiles::read)
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String path) {
        return read(new PathMatchingResourcePatternResolver().getResource("classpath:" + path));
    }

    static TypeDefinitionRegistry parse(String sdl) {
        return new SchemaParser().parse(sdl);
    }

    private static String read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
