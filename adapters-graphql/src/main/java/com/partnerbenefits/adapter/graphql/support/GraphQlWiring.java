package com.partnerbenefits.adapter.graphql.support;

import graphql.schema.GraphQLObjectType;
import graphql.schema.TypeResolver;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Scalars and type resolution: a view record named {@code <Type>View} stands for the GraphQL
 * object type {@code <Type>}, so the {@code Node} interface needs no per-type registration.
 */
public class GraphQlWiring implements RuntimeWiringConfigurer {

    static final TypeResolver BY_VIEW_NAME = env -> {
        String viewName = env.getObject().getClass().getSimpleName();
        return (GraphQLObjectType) env.getSchema().getType(viewName.substring(0, viewName.length() - "View".length()));
    };

    @Override
    public void configure(graphql.schema.idl.RuntimeWiring.Builder builder) {
        builder.scalar(DateScalars.DATE).scalar(DateScalars.DATE_TIME);
        builder.type("Node", type -> type.typeResolver(BY_VIEW_NAME));
    }
}
