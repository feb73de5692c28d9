package com.partnerbenefits.domain.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerbenefits.domain.shared.InvalidInputException;
import com.partnerbenefits.domain.shared.ViolationRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductTest {

    @Test
    void onPremisesSupportCoversTheNewestVersionAndTheOneBefore() {
        Product sql = new Product(new ProductId("p"), "SQL Server", ProductKind.ON_PREMISES, List.of("2016", "2017", "2019", "2022"));

        assertThat(sql.versionSupport()).extracting(ProductVersion::supported).containsExactly(false, false, true, true);
    }

    @Test
    void cloudSupportCoversOnlyTheCurrentLine() {
        Product azure = new Product(new ProductId("p"), "Azure", ProductKind.CLOUD, List.of());

        assertThat(azure.versionSupport()).containsExactly(new ProductVersion(Product.CURRENT, true));
    }

    @Test
    void reportsEveryBadVersionAtOnce() {
        assertThatThrownBy(() -> new Product(new ProductId("p"), " ", ProductKind.ON_PREMISES, List.of("1", "", "1")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.rule())
                        .containsExactly("name:LENGTH", "versions.1:LENGTH", "versions.2:DUPLICATE_ENTRY"));
    }

    @Test
    void findsAVersionIgnoringCase() {
        Product exchange = new Product(new ProductId("p"), "Exchange", ProductKind.ON_PREMISES, List.of("2016", "2019", "SE"));

        assertThat(exchange.version("se")).contains(new ProductVersion("SE", true));
        assertThat(exchange.version("2013")).isEmpty();
    }
}
