package com.partnerbenefits.bootstrap;

import com.partnerbenefits.adapter.graphql.support.ApiErrorResolver;
import com.partnerbenefits.adapter.graphql.support.ApiMessages;
import com.partnerbenefits.adapter.graphql.support.CallerSource;
import com.partnerbenefits.adapter.graphql.support.DocumentSizeLimit;
import com.partnerbenefits.adapter.graphql.support.ErrorShape;
import com.partnerbenefits.adapter.graphql.support.ExecutionDeadline;
import com.partnerbenefits.adapter.graphql.support.ForbiddenRefusals;
import com.partnerbenefits.adapter.graphql.support.GlobalIds;
import com.partnerbenefits.adapter.graphql.support.GraphQlWiring;
import com.partnerbenefits.adapter.graphql.support.MutationRateLimit;
import com.partnerbenefits.adapter.graphql.support.ParsedDocuments;
import com.partnerbenefits.adapter.graphql.support.Payloads;
import com.partnerbenefits.adapter.graphql.support.QueryLimits;
import com.partnerbenefits.adapter.graphql.support.Refusals;
import com.partnerbenefits.adapter.graphql.support.RequestContextInterceptor;
import com.partnerbenefits.adapter.graphql.support.RequestLimits;
import com.partnerbenefits.application.port.in.AdmitMutationUseCase;
import com.partnerbenefits.application.service.IdentifyCallerService;
import com.partnerbenefits.bootstrap.store.StoreClientSettings;
import com.partnerbenefits.bootstrap.web.HttpErrorShape;
import com.partnerbenefits.bootstrap.web.HttpRequestGuard;
import com.partnerbenefits.bootstrap.web.JsonErrorReportValve;
import io.micrometer.observation.ObservationPredicate;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** The API's edge: IDs, messages, error shapes and the limits every request is held to. */
@Configuration(proxyBeanMethods = false)
public class ApiConfiguration {

    @Bean
    GlobalIds globalIds(@Value("${benefits.global-ids.secret}") String secret) {
        return new GlobalIds(secret.getBytes(StandardCharsets.UTF_8));
    }

    @Bean
    ApiMessages apiMessages() {
        return new ApiMessages();
    }

    @Bean
    Refusals refusals(ApiMessages messages) {
        return new Refusals(messages);
    }

    @Bean
    Payloads payloads(Refusals refusals) {
        return new Payloads(refusals);
    }

    /** A mutation refused NOT_AUTHORIZED also answers a FORBIDDEN error. */
    @Bean
    ForbiddenRefusals forbiddenRefusals() {
        return new ForbiddenRefusals();
    }

    @Bean
    ApiErrorResolver apiErrorResolver(Refusals refusals, ApiMessages messages) {
        return new ApiErrorResolver(refusals, messages, StoreClientSettings.UNAVAILABLE);
    }

    @Bean
    GraphQlWiring graphQlWiring() {
        return new GraphQlWiring();
    }

    @Bean
    RequestContextInterceptor requestContextInterceptor(CallerSource callers, IdentifyCallerService identify) {
        return new RequestContextInterceptor(callers, identify);
    }

    @Bean
    RequestLimits requestLimits(@Value("${benefits.limits.max-depth:12}") int maxDepth,
            @Value("${benefits.limits.max-fields:1000}") int maxFields,
            @Value("${benefits.limits.max-document-size:64KB}") DataSize maxDocument,
            @Value("${benefits.limits.timeout:5s}") Duration timeout) {
        return new RequestLimits(maxDepth, maxFields, (int) maxDocument.toBytes(), timeout);
    }

    /** Documents parsed and validated once per instance (validation includes the query limits' inputs). */
    @Bean
    GraphQlSourceBuilderCustomizer parsedDocuments() {
        return ParsedDocuments.customizer(1_000);
    }

    /**
     * Requests are observed (HTTP and GraphQL); each field fetch and each security filter is not: they
     * would cost more than most fetches and filters themselves.
     */
    @Bean
    ObservationPredicate requestLevelObservationsOnly() {
        return (name, context) -> !name.startsWith("graphql.datafetcher") && !name.startsWith("spring.security.");
    }

    @Bean
    QueryLimits queryLimits(RequestLimits limits, ApiMessages messages) {
        return new QueryLimits(limits, messages);
    }

    @Bean
    MutationRateLimit mutationRateLimit(AdmitMutationUseCase admission, ApiMessages messages,
            @Value("${benefits.limits.max-mutations:10}") int maxMutations, Clock clock) {
        return new MutationRateLimit(admission, messages, maxMutations, clock);
    }

    @Bean
    ExecutionDeadline executionDeadline(RequestLimits limits) {
        return new ExecutionDeadline(limits);
    }

    @Bean
    DocumentSizeLimit documentSizeLimit(RequestLimits limits, ApiMessages messages) {
        return new DocumentSizeLimit(limits, messages);
    }

    @Bean
    ErrorShape errorShape(ApiMessages messages) {
        return new ErrorShape(messages);
    }

    @Bean
    HttpErrorShape httpErrorShape(ApiMessages messages) {
        return new HttpErrorShape(messages);
    }

    /** The container's own error answers (oversized headers, say) in the API's shape too. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonContainerErrors(HttpErrorShape errors) {
        return JsonErrorReportValve.installer(errors);
    }

    @Bean
    FilterRegistrationBean<HttpRequestGuard> httpRequestGuard(@Value("${spring.graphql.http.path:/graphql}") String path,
            @Value("${benefits.limits.max-request-size:1MB}") DataSize maxRequest,
            @Value("${benefits.limits.body-timeout:10s}") Duration bodyTimeout, HttpErrorShape errors) {
        FilterRegistrationBean<HttpRequestGuard> registration = new FilterRegistrationBean<>(
                new HttpRequestGuard(path, maxRequest.toBytes(), bodyTimeout, errors));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
