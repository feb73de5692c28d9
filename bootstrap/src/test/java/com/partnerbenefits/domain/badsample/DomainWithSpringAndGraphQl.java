package com.partnerbenefits.domain.badsample;

/** Deliberately wrong: a domain class that knows Spring and graphql-java. Test sources only. */
@org.springframework.stereotype.Component
public class DomainWithSpringAndGraphQl {

    public graphql.GraphQLError error() {
        return null;
    }
}
