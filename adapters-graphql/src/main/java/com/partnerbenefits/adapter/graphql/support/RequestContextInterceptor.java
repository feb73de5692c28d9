package com.partnerbenefits.adapter.graphql.support;

import com.partnerbenefits.application.port.in.Caller;
import com.partnerbenefits.application.port.in.IdentifyCallerUseCase;
import java.util.Locale;
import java.util.Optional;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Sets up each request once: the language from {@code Accept-Language}, and the caller's account
 * (recording it on first sight) as the viewer every data fetcher reads from the context.
 */
public class RequestContextInterceptor implements WebGraphQlInterceptor {

    private final CallerSource callers;
    private final IdentifyCallerUseCase identify;

    public RequestContextInterceptor(CallerSource callers, IdentifyCallerUseCase identify) {
        this.callers = callers;
        this.identify = identify;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Locale locale = ApiMessages.negotiate(request.getHeaders().getFirst("Accept-Language"));
        Optional<Caller> caller = callers.currentCaller();
        request.configureExecutionInput((input, builder) -> {
            builder.locale(locale);
            caller.ifPresent(c -> builder.graphQLContext(context -> context.put(LazyViewer.CONTEXT_KEY, new LazyViewer(identify, c))));
            return builder.build();
        });
        return chain.next(request);
    }
}
