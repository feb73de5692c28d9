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
import com.partnerbenefits.bootstrap.config.GlobalIdsProperties;
import com.partnerbenefits.bootstrap.config.LimitsProperties;
import com.partnerbenefits.bootstrap.store.StoreClientSettings;
import com.partnerbenefits.bootstrap.web.HttpErrorShape;
import com.partnerbenefits.bootstrap.web.HttpRequestGuard;
import com.partnerbenefits.bootstrap.web.JsonErrorReportValve;
import io.micrometer.observation.ObservationPredicate;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The API's edge: IDs, messages, error shapes and the limits every request is held to. */
@Configuration(proxyBeanMethods = false)
public class ApiConfiguration {

    @Bean
    GlobalIds globalIds(GlobalIdsProperties globalIds) {
        return new GlobalIds(globalIds.secret().getBytes(StandardCharsets.UTF_8));
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
    RequestLimits requestLimits(LimitsProperties limits) {
        return new RequestLimits(limits.maxDepth(), limits.maxFields(), (int) limits.maxDocumentSize().toBytes(),
                limits.timeout());
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
            LimitsProperties limits) {
        return new MutationRateLimit(admission, messages, limits.maxMutations());
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
    FilterRegistrationBean<HttpRequestGuard> httpRequestGuard(GraphQlProperties graphQl, LimitsProperties limits,
            HttpErrorShape errors) {
        FilterRegistrationBean<HttpRequestGuard> registration = new FilterRegistrationBean<>(new HttpRequestGuard(
                graphQl.getHttp().getPath(), limits.maxRequestSize().toBytes(), limits.bodyTimeout(), errors));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
