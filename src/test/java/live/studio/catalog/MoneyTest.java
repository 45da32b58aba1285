package live.studio.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {
    private static final Locale FRANCE = Locale.forLanguageTag("fr-FR");

    @Test
    void formatsForTheViewersLocale() {
        Money price = Money.of("89", "EUR");

        assertThat(price.format(Locale.US)).isEqualTo("€89.00");
        // French puts a no-break space before the sign and a narrow no-break space between thousands
        assertThat(price.format(FRANCE)).isEqualTo("89,00\u00a0€");
        assertThat(Money.of("1234.5", "EUR").format(FRANCE)).isEqualTo("1\u202f234,50\u00a0€");
        assertThat(Money.of("1234.5", "EUR").format(Locale.US)).isEqualTo("€1,234.50");
        assertThat(Money.of("19.99", "USD").format(Locale.US)).isEqualTo("$19.99");
        assertThat(Money.of("1500", "JPY").format(Locale.JAPAN)).isEqualTo("￥1,500");
    }

    @Test
    void amountIsKeptAtTheCurrencysDecimals() {
        assertThat(Money.of("89", "EUR")).isEqualTo(Money.of("89.00", "EUR"));
        assertThat(Money.of("89", "EUR").amount()).isEqualTo(new BigDecimal("89.00"));
        assertThat(Money.of("89.000", "EUR").amount()).isEqualTo(new BigDecimal("89.00"));
        assertThatThrownBy(() -> Money.of("89.001", "EUR")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("89.001 EUR has more than 2 decimals");
        assertThatThrownBy(() -> new Money(new BigDecimal("1.5"), Currency.getInstance("JPY")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void comparesOnlyWithinACurrency() {
        assertThat(Money.of("119", "EUR").isGreaterThan(Money.of("89", "EUR"))).isTrue();
        assertThat(Money.of("89", "EUR").isGreaterThan(Money.of("89.00", "EUR"))).isFalse();
        assertThatThrownBy(() -> Money.of("1", "EUR").isGreaterThan(Money.of("1", "USD")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
