package com.partnerbenefits.bootstrap.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.application.port.in.RefusalCode;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpMethod;

/**
 * Every {@code extensions.code} the service can send is documented in the schema's {@code enum ErrorCode},
 * and every refusal code in {@code enum UserErrorCode}. Codes are found where they are written: the
 * refusal codes, and every UPPER_SNAKE string literal on a line of the GraphQL adapter's and
 * bootstrap's main sources that names a code or calls an error builder, unless it is a value of
 * another schema enum, a classification, an HTTP method or a listed non-code. A new code fails this
 * test until the schema documents it.
 */
class ErrorCodesInSchemaTest {

    private static final Pattern UPPER_SNAKE_LITERAL = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\"");
    /** A line that writes an error: it names a code, or calls one of the error builders. */
    private static final Pattern WRITES_AN_ERROR = Pattern.compile("(?i)code|badRequest\\(|retryLater\\(|refusal\\(|error\\(");
    /** Upper-case literals that are not error codes: environment variables, a product version. */
    private static final Set<String> NOT_CODES = Set.of("BENEFITS_SECURITY_JWT_HMAC_SECRET", "SPRING_PROFILES_ACTIVE", "SE");
    private static final Set<String> CODE_ENUMS = Set.of("ErrorCode", "UserErrorCode");

    private final TypeDefinitionRegistry schema = schema();

    @Test
    void everyCodeTheServiceSendsIsAnErrorCodeOfTheSchema() throws IOException {
        Set<String> emitted = new TreeSet<>(literalsIn(Path.of("src/main/java"), Path.of("../adapters-graphql/src/main/java")));
        emitted.removeAll(NOT_CODES);
        emitted.removeAll(Arrays.stream(ErrorType.values()).map(Enum::name).toList());
        emitted.removeAll(Arrays.stream(HttpMethod.values()).map(HttpMethod::name).toList());
        emitted.removeAll(valuesOfOtherEnums());
        Arrays.stream(RefusalCode.values()).map(Enum::name).forEach(emitted::add);

        assertThat(emitted).as("literal codes found: %s", emitted).contains("RATE_LIMITED", "TIMEOUT", "MAX_DEPTH_EXCEEDED",
                "REQUEST_TOO_LARGE", "STORE_UNAVAILABLE");
        assertThat(values("ErrorCode")).as("enum ErrorCode in schema.graphqls (or NOT_CODES here, if one is no code)")
                .containsAll(emitted);
    }

    @Test
    void everyRefusalCodeIsAUserErrorCode() {
        assertThat(values("UserErrorCode")).containsAll(Arrays.stream(RefusalCode.values()).map(Enum::name).toList());
    }

    private Set<String> values(String enumName) {
        EnumTypeDefinition type = Optional.ofNullable(schema.getTypeOrNull(enumName, EnumTypeDefinition.class)).orElseThrow();
        return type.getEnumValueDefinitions().stream()
                .map(EnumValueDefinition::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<String> valuesOfOtherEnums() {
        return schema.getTypes(EnumTypeDefinition.class).stream().filter(type -> !CODE_ENUMS.contains(type.getName()))
                .flatMap(type -> type.getEnumValueDefinitions().stream()).map(EnumValueDefinition::getName)
                .collect(Collectors.toSet());
    }

    private static Set<String> literalsIn(Path... roots) throws IOException {
        Set<String> literals = new TreeSet<>();
        for (Path root : roots) {
            assertThat(root).as("run from the bootstrap module").isDirectory();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    for (String line : Files.readAllLines(file).stream().filter(l -> WRITES_AN_ERROR.matcher(l).find()).toList()) {
                        Matcher literal = UPPER_SNAKE_LITERAL.matcher(line);
                        while (literal.find()) {
                            literals.add(literal.group(1));
                        }
                    }
                }
            }
        }
        return literals;
    }

    private static TypeDefinitionRegistry schema() {
        try {
            TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/**/*.graphqls")) {
                try (InputStream in = file.getInputStream()) {
                    registry.merge(new SchemaParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            return registry;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
