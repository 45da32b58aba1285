package live.studio.catalog;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import live.studio.catalog.document.DocumentProblem;
import live.studio.catalog.document.DocumentProblem.Severity;
import live.studio.catalog.document.ObjectFields;
import live.studio.catalog.document.Position;

/**
 * The rules for single values, shared by the JSON and CSV readers so a price means the same in both. Each method
 * returns the value or throws {@link InvalidValue} with a message that says what to write instead.
 */
final class FieldValues {
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("-?\\d+");
    private static final Pattern SHORT_CODE = Pattern.compile("[A-Za-z0-9]{1,8}");
    private static final Pattern PROMO_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{1,31}");
    private static final Pattern TIME_OF_DAY = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Za-z]{3}");
    /** Larger prices are typing mistakes; the bound also keeps absurd numbers out of BigDecimal arithmetic. */
    private static final int MAX_PRICE_INTEGER_DIGITS = 9;
    private static final int MAX_STOCK_DIGITS = 9;
    static final int MAX_ID_CHARS = 100;

    /** A value that breaks its field's rule; the message is for the person who wrote the file. */
    static final class InvalidValue extends Exception {
        InvalidValue(String message) {
            super(message);
        }
    }

    /** A value computation that may refuse its input. */
    @FunctionalInterface
    interface Check<T> {
        T value() throws InvalidValue;
    }

    private FieldValues() {
    }

    /** The checked value, or empty after reporting its refusal as an error at {@code position}. */
    static <T> Optional<T> checked(Position position, String field, List<DocumentProblem> problems, Check<T> check) {
        try {
            return Optional.of(check.value());
        } catch (InvalidValue e) {
            problems.add(new DocumentProblem(Severity.ERROR, position, field, e.getMessage()));
            return Optional.empty();
        }
    }

    /** A price written as 89, 89.9 or 89.00 (as a JSON number or as text), exact, in {@code currency}. */
    static Money price(String text, Currency currency) throws InvalidValue {
        String trimmed = text.strip();
        if (!DECIMAL.matcher(trimmed).matches()) {
            String shown = ObjectFields.shortened(text);
            if (trimmed.matches("-?\\d+,\\d+")) {
                throw new InvalidValue("\"" + shown + "\" is not a price: write decimals with a dot, like "
                        + trimmed.replace(',', '.'));
            }
            throw new InvalidValue("\"" + shown + "\" is not a price: write only the amount, like 89.00 "
                    + "(the currency is given apart)");
        }
        BigDecimal amount = new BigDecimal(trimmed);
        if (amount.signum() < 0) {
            throw new InvalidValue("a price cannot be negative (" + trimmed + ")");
        }
        if (amount.precision() - amount.scale() > MAX_PRICE_INTEGER_DIGITS) {
            throw new InvalidValue(trimmed + " is too large for a price");
        }
        int allowedDecimals = Math.max(0, currency.getDefaultFractionDigits());
        if (amount.stripTrailingZeros().scale() > allowedDecimals) {
            throw new InvalidValue(trimmed + " has more decimals than " + currency.getCurrencyCode() + " has ("
                    + allowedDecimals + ")");
        }
        return new Money(amount, currency);
    }

    /** Units in stock: a whole number, 0 or more. */
    static int stock(String text) throws InvalidValue {
        String trimmed = text.strip();
        if (!WHOLE.matcher(trimmed).matches()) {
            throw new InvalidValue("\"" + ObjectFields.shortened(text) + "\" is not a stock: write a whole number like 12 "
                    + "(0 = sold out; leave it out when stock is not tracked)");
        }
        if (trimmed.startsWith("-")) {
            throw new InvalidValue("stock cannot be negative (" + trimmed + ")");
        }
        if (trimmed.length() > MAX_STOCK_DIGITS) {
            throw new InvalidValue(trimmed + " is too large for a stock");
        }
        return Integer.parseInt(trimmed);
    }

    static Currency currency(String text) throws InvalidValue {
        String trimmed = text.strip();
        if (CURRENCY_CODE.matcher(trimmed).matches()) {
            try {
                return Currency.getInstance(trimmed.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // not a known code: the message below
            }
        }
        throw new InvalidValue("\"" + ObjectFields.shortened(text) + "\" is not a currency: write its ISO 4217 code, "
                + "like EUR, USD or GBP");
    }

    /** A short code as viewers type it: "12" or "#12" give "12". */
    static String shortCode(String text) throws InvalidValue {
        String code = text.strip();
        if (code.startsWith("#")) {
            code = code.substring(1);
        }
        if (!SHORT_CODE.matcher(code).matches()) {
            throw new InvalidValue("\"" + ObjectFields.shortened(text) + "\" is not a short code: use 1 to 8 letters "
                    + "or digits, like 12 (viewers type #12)");
        }
        return code;
    }

    static String identifier(String text, String what) throws InvalidValue {
        String id = text.strip();
        if (id.isEmpty()) {
            throw new InvalidValue(what + " must not be empty");
        }
        if (id.length() > MAX_ID_CHARS || id.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValue(what + " must be at most " + MAX_ID_CHARS + " characters on one line");
        }
        return id;
    }

    static String promoCode(String text) throws InvalidValue {
        String code = text.strip();
        if (!PROMO_CODE.matcher(code).matches()) {
            throw new InvalidValue("\"" + ObjectFields.shortened(text) + "\" is not a promo code viewers can type: use 2 "
                    + "to 32 letters, digits, '-' or '_', like FLASH20");
        }
        return code;
    }

    static URI buyUrl(String text) throws InvalidValue {
        String trimmed = text.strip();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme();
            if (scheme != null && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
                    && uri.getHost() != null && !uri.getHost().isEmpty()) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // the message below says what is expected
        }
        throw new InvalidValue("\"" + ObjectFields.shortened(text) + "\" is not a web address: write the full link, "
                + "like https://shop.example/p/sneaker");
    }

    static LocalTime timeOfDay(String text) throws InvalidValue {
        Matcher matcher = TIME_OF_DAY.matcher(text.strip());
        if (matcher.matches()) {
            int hours = Integer.parseInt(matcher.group(1));
            int minutes = Integer.parseInt(matcher.group(2));
            int seconds = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
            if (hours < 24 && minutes < 60 && seconds < 60) {
                return LocalTime.of(hours, minutes, seconds);
            }
        }
        throw new InvalidValue("\"" + ObjectFields.shortened(text) + "\" is not a time of day: write it as HH:MM, "
                + "like 21:30");
    }

    /** A picture named relative to {@code folder}; it must be an existing file. */
    static Path image(String text, Path folder) throws InvalidValue {
        String name = text.strip();
        if (name.isEmpty()) {
            throw new InvalidValue("image path is empty");
        }
        Path resolved;
        try {
            resolved = folder.resolve(name).normalize();
        } catch (InvalidPathException e) {
            throw new InvalidValue("\"" + ObjectFields.shortened(text) + "\" is not a file path");
        }
        if (!Files.isRegularFile(resolved)) {
            throw new InvalidValue("image file not found: " + resolved
                    + " (paths are relative to the catalog's folder)");
        }
        return resolved;
    }
}
