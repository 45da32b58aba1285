package live.studio.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount in a currency, exact (never a double). The amount is kept at the currency's number of decimals, so
 * 89, 89.0 and 89.00 euros are the same value; an amount with more decimals than the currency has is refused.
 */
public record Money(BigDecimal amount, Currency currency) {
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int decimals = currency.getDefaultFractionDigits();
        if (decimals >= 0) {
            try {
                amount = amount.setScale(decimals, RoundingMode.UNNECESSARY);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(amount.toPlainString() + " " + currency.getCurrencyCode() + " has more than "
                        + decimals + " decimals", e);
            }
        }
    }

    /** For code and tests: {@code Money.of("89.00", "EUR")}. */
    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    /** The amount as a viewer of that locale reads it: "€89.00" in en-US, "89,00 €" in fr-FR (no-break spaces). */
    public String format(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        int decimals = currency.getDefaultFractionDigits();
        if (decimals >= 0) {
            format.setMinimumFractionDigits(decimals);
            format.setMaximumFractionDigits(decimals);
        }
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(amount);
    }

    public boolean isGreaterThan(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount) > 0;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot compare " + currency + " with " + other.currency);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
