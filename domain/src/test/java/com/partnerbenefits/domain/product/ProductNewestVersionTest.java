package com.partnerbenefits.domain.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerbenefits.domain.shared.InvalidInputException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProductNewestVersionTest {

    private final Product sql = new Product(new ProductId("p"), "SQL Server", ProductKind.ON_PREMISES,
            List.of("2017", "2019", "2022"));

    @Test
    void aNewVersionBecomesTheNewestAndMovesTheNMinusOneWindow() {
        Product next = sql.withNewestVersion(" 2025 ");

        assertThat(next.versions()).containsExactly("2017", "2019", "2022", "2025");
        assertThat(next.version("2019")).contains(new ProductVersion("2019", false));
        assertThat(next.version("2022")).contains(new ProductVersion("2022", true));
        assertThat(next.version("2025")).contains(new ProductVersion("2025", true));
    }

    @Test
    void aVersionTheProductHasAlreadyInAnyCaseIsRefusedOnVersion() {
        Product exchange = new Product(new ProductId("e"), "Exchange", ProductKind.ON_PREMISES, List.of("2019", "SE"));

        assertThatThrownBy(() -> exchange.withNewestVersion("se"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.rule()).containsExactly("version:ALREADY_LISTED"));
    }

    @Test
    void aBlankVersionOrAFullListIsRefused() {
        Product full = new Product(new ProductId("f"), "Full", ProductKind.ON_PREMISES,
                IntStream.range(0, Product.MAX_VERSIONS).mapToObj(i -> "v" + i).toList());

        assertThatThrownBy(() -> sql.withNewestVersion(" ")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(v -> v.field() + ":" + v.rule()).containsExactly("version:LENGTH"));
        assertThatThrownBy(() -> full.withNewestVersion("next")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(v -> v.field() + ":" + v.rule())
                        .containsExactly("version:LIMIT_REACHED"));
    }
}
