package com.partnerbenefits.adapter.graphql.incident;

import com.partnerbenefits.adapter.graphql.support.LazyViewer;
import com.partnerbenefits.application.port.in.IncidentHistoryQuery;
import com.partnerbenefits.application.port.in.ProductCatalogQuery;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.domain.incident.IncidentPage;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.product.Product;
import com.partnerbenefits.domain.product.ProductId;
import graphql.schema.DataFetchingEnvironment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The first page of each contract's incidents in one batch per page size, with the products
 * they name in one read of the catalog, whatever the number of contracts and incidents on the page.
 */
@Component
public class IncidentLoaders {

    /** A first page of a contract's incidents, of a size. */
    record FirstPage(SupportContractId contract, int size) {
    }

    /** A page with the products its incidents name, loaded with it so no second loader has to chain. */
    record LoadedPage(IncidentPage page, Map<ProductId, Product> products) {
    }

    static final String LATEST_INCIDENTS = "latestIncidentsByContract";
    static final String PRODUCTS = "productsById";

    public IncidentLoaders(BatchLoaderRegistry registry, IncidentHistoryQuery history, ProductCatalogQuery catalog) {
        registry.<FirstPage, Result<LoadedPage, IncidentHistoryQuery.Reason>>forName(LATEST_INCIDENTS).registerMappedBatchLoader((keys, env) ->
                Mono.fromCallable(() -> {
                    Map<FirstPage, Result<IncidentPage, IncidentHistoryQuery.Reason>> pages = new HashMap<>();
                    Map<Integer, Set<SupportContractId>> bySize = keys.stream().collect(Collectors.groupingBy(
                            FirstPage::size, Collectors.mapping(FirstPage::contract, Collectors.toSet())));
                    bySize.forEach((size, contracts) -> history.latestIncidentsOf(LazyViewer.of(env.getContext()), contracts,
                            size).forEach((contract, page) -> pages.put(new FirstPage(contract, size), page)));
                    Map<ProductId, Product> products = catalog.products().stream()
                            .collect(Collectors.toMap(Product::id, product -> product));
                    Map<FirstPage, Result<LoadedPage, IncidentHistoryQuery.Reason>> loaded = new HashMap<>();
                    pages.forEach((key, page) -> loaded.put(key, page.map(found -> new LoadedPage(found, products))));
                    return loaded;
                }));
        registry.<ProductId, Product>forName(PRODUCTS).registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() ->
                catalog.products().stream().filter(product -> ids.contains(product.id()))
                        .collect(Collectors.toMap(Product::id, product -> product))));
    }

    static DataLoader<FirstPage, Result<LoadedPage, IncidentHistoryQuery.Reason>> latestIncidents(DataFetchingEnvironment env) {
        return env.getDataLoader(LATEST_INCIDENTS);
    }

    static DataLoader<ProductId, Product> products(DataFetchingEnvironment env) {
        return env.getDataLoader(PRODUCTS);
    }

}
