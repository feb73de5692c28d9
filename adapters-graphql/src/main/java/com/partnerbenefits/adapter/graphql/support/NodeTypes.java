package com.partnerbenefits.adapter.graphql.support;

/** The GraphQL type names that global IDs carry. */
public final class NodeTypes {

    public static final String PARTNER = "Partner";
    public static final String ACCOUNT = "Account";
    public static final String MEMBERSHIP = "Membership";
    public static final String TECHNICAL_BENEFIT = "TechnicalBenefit";
    public static final String SUPPORT_CONTRACT = "SupportContract";
    public static final String PRODUCT = "Product";
    public static final String INCIDENT = "Incident";
    public static final String ADVISORY = "Advisory";

    private NodeTypes() {
    }
}
