package com.partnerbenefits.adapter.graphql.desk;

import com.partnerbenefits.domain.shared.Page;
import java.util.List;
import java.util.function.Function;

/** Relay connections of the operator's desk and of contract histories: edges, nodes, page info, total count. */
public final class Connections {

    private Connections() {
    }

    public record Connection<T>(List<Edge<T>> edges, List<T> nodes, PageInfo pageInfo, long totalCount) {
    }

    public record Edge<T>(String cursor, T node) {
    }

    /** {@code hasPreviousPage} says whether the page continues an earlier one (paging runs forward only). */
    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    public static <I, T> Connection<T> of(Page<I> page, boolean continues, Function<I, String> cursor, Function<I, T> view) {
        List<Edge<T>> edges = page.items().stream().map(item -> new Edge<>(cursor.apply(item), view.apply(item))).toList();
        return new Connection<>(edges, edges.stream().map(Edge::node).toList(), new PageInfo(page.hasNext(), continues,
                edges.isEmpty() ? null : edges.get(0).cursor(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()),
                page.totalCount());
    }
}
