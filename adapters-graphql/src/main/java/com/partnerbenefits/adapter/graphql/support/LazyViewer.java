package com.partnerbenefits.adapter.graphql.support;

import com.partnerbenefits.application.port.in.Caller;
import com.partnerbenefits.application.port.in.IdentifyCallerUseCase;
import com.partnerbenefits.application.port.in.Viewer;
import graphql.GraphQLContext;

/**
 * Identifies the caller on the first field that needs it, once per request, inside data fetching so
 * a store failure is reported like any other field error.
 */
public final class LazyViewer {

    /** Where the interceptor leaves it in the GraphQL context, for {@code @ContextValue}. */
    public static final String CONTEXT_KEY = "viewer";

    private final IdentifyCallerUseCase identify;
    private final Caller caller;
    private volatile Viewer viewer;

    LazyViewer(IdentifyCallerUseCase identify, Caller caller) {
        this.identify = identify;
        this.caller = caller;
    }

    /** The viewer of the request this context belongs to, for batch loaders, which get no environment. */
    public static Viewer of(GraphQLContext context) {
        LazyViewer viewer = context.get(CONTEXT_KEY);
        return viewer.get();
    }

    public Viewer get() {
        Viewer current = viewer;
        if (current == null) {
            synchronized (this) {
                if (viewer == null) {
                    viewer = identify.identify(caller);
                }
                current = viewer;
            }
        }
        return current;
    }
}
