package com.partnerbenefits.adapter.graphql.schema;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.DescribedNode;
import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A schema clients can generate from: every type, field, argument, input field and enum value says
 * what it is. Type extensions ({@code extend type Query}) count too: their fields need descriptions.
 */
class SchemaDescriptionsTest {

    @Test
    void everyElementOfTheSchemaIsDescribed() {
        assertThat(undescribed(SchemaFiles.parse(SchemaFiles.currentSdl())))
                .as("schema elements without a \"\"\"description\"\"\" (write one above each)").isEmpty();
    }

    @Test
    void anUndescribedElementIsNamed() {
        TypeDefinitionRegistry sample = SchemaFiles.parse("""
                "Described." type Query { "Described." ok(a: Int): Int  silent: String }
                enum Colour { "Described." RED GREEN }
                input Paint { "Described." colour: Colour }
                extend type Query { "Described." more("Described." b: Int, c: Int): Int }
                """);

        assertThat(undescribed(sample)).containsExactlyInAnyOrder("Query.ok(a:)", "Query.silent", "Colour", "Colour.GREEN",
                "Paint", "Query.more(c:)");
    }

    static List<String> undescribed(TypeDefinitionRegistry schema) {
        List<String> missing = new ArrayList<>();
        List<TypeDefinition<?>> extensions = new ArrayList<>();
        schema.objectTypeExtensions().values().forEach(extensions::addAll);
        schema.interfaceTypeExtensions().values().forEach(extensions::addAll);
        schema.enumTypeExtensions().values().forEach(extensions::addAll);
        schema.inputObjectTypeExtensions().values().forEach(extensions::addAll);
        schema.types().values().forEach(type -> {
            check(type.getName(), descriptionOf(type), missing);
            members(type, missing);
        });
        schema.scalars().values().stream().filter(scalar -> !ScalarInfo.isGraphqlSpecifiedScalar(scalar.getName()))
                .forEach(scalar -> check(scalar.getName(), scalar.getDescription(), missing));
        extensions.forEach(extension -> members(extension, missing));
        return missing;
    }

    private static void members(TypeDefinition<?> type, List<String> missing) {
        String name = type.getName();
        if (type instanceof ObjectTypeDefinition object) {
            object.getFieldDefinitions().forEach(field -> field(name, field, missing));
        } else if (type instanceof InterfaceTypeDefinition contract) {
            contract.getFieldDefinitions().forEach(field -> field(name, field, missing));
        } else if (type instanceof InputObjectTypeDefinition input) {
            input.getInputValueDefinitions().forEach(value -> check(name + "." + value.getName(), value.getDescription(), missing));
        } else if (type instanceof EnumTypeDefinition values) {
            values.getEnumValueDefinitions().forEach(value -> check(name + "." + value.getName(), value.getDescription(), missing));
        }
    }

    private static void field(String type, FieldDefinition field, List<String> missing) {
        check(type + "." + field.getName(), field.getDescription(), missing);
        for (InputValueDefinition argument : field.getInputValueDefinitions()) {
            check(type + "." + field.getName() + "(" + argument.getName() + ":)", argument.getDescription(), missing);
        }
    }

    @SuppressWarnings("rawtypes")
    private static Description descriptionOf(TypeDefinition<?> type) {
        Object node = type;
        return node instanceof DescribedNode described ? described.getDescription() : null;
    }

    private static void check(String element, Description description, List<String> missing) {
        if (description == null || description.getContent().isBlank()) {
            missing.add(element);
        }
    }
}
