package live.studio.overlay;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a theme file: JSON into plain documents first (Jackson reports wrong types and unknown fields with their
 * place), then every value checked here, so one reading lists every problem with its line, column and field.
 */
final class ThemeReader {

    /** A theme is a few kilobytes; anything this large is the wrong file. */
    static final long MAX_THEME_BYTES = 1 << 20;
    private static final Pattern HEX_COLOUR = Pattern.compile("#(\\p{XDigit}{6}|\\p{XDigit}{8})");
    private static final double MAX_CORNER_RADIUS = 60;
    private static final int MAX_NAME_LENGTH = 60;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    // The file as written: every field may be missing (null) here; the checks below say which must not be.
    record ThemeDocument(String name, String description, ColoursDocument colours, FontsDocument fonts,
            Double cornerRadius, ShadowDocument shadow, String logo, LayoutDocument landscape,
            LayoutDocument portrait) {
    }

    record ColoursDocument(String surface, String surfaceBorder, String surfaceText, String mutedText, String accent,
            String accentText, String price, String compareAtPrice, String discount, String discountText,
            String lowStock, String lastMinute, String finalSeconds, String ended, String soldOutStamp,
            String ticker, String tickerText) {
    }

    record FontDocument(String family, String weight) {
    }

    record FontsDocument(FontDocument text, FontDocument strong, FontDocument heading, FontDocument numbers,
            FontDocument code) {
    }

    record ShadowDocument(String colour, Double blur, Double offsetY) {
    }

    record EntranceDocument(String style, Integer durationMs) {
    }

    record PlacementDocument(String anchor, Double marginX, Double marginY, Double width, EntranceDocument entrance) {
    }

    record LayoutDocument(PlacementDocument banner, PlacementDocument lowerThird, PlacementDocument pinnedComment,
            PlacementDocument stockCounter, PlacementDocument productCard, PlacementDocument promoCode,
            PlacementDocument countdown) {

        PlacementDocument of(OverlaySlot slot) {
            return switch (slot) {
                case BANNER -> banner;
                case LOWER_THIRD -> lowerThird;
                case PINNED_COMMENT -> pinnedComment;
                case STOCK_COUNTER -> stockCounter;
                case PRODUCT_CARD -> productCard;
                case PROMO_CODE -> promoCode;
                case COUNTDOWN -> countdown;
            };
        }
    }

    private final Path file;
    private final Consumer<String> warnings;
    private final List<ThemeProblem> problems = new ArrayList<>();
    private JsonLocations locations;

    private ThemeReader(Path file, Consumer<String> warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    static Theme read(Path file, Consumer<String> warnings) throws ThemeException {
        return new ThemeReader(file, warnings).read();
    }

    private Theme read() throws ThemeException {
        String json = text();
        locations = JsonLocations.of(JSON, json);
        ThemeDocument document;
        try {
            document = JSON.readValue(json, ThemeDocument.class);
        } catch (JacksonException e) {
            problems.add(problemOf(e));
            throw new ThemeException(file, problems);
        }
        if (document == null) {
            throw fileProblem("the file holds no theme (expected a JSON object)");
        }
        String name = checkName(document.name());
        ThemeColours colours = colours(document.colours());
        ThemeFonts fonts = fonts(document.fonts());
        double cornerRadius = number("cornerRadius", document.cornerRadius(), 0, MAX_CORNER_RADIUS);
        Shadow shadow = shadow(document.shadow());
        Map<CanvasShape, Map<OverlaySlot, SlotPlacement>> placements = new EnumMap<>(CanvasShape.class);
        placements.put(CanvasShape.LANDSCAPE, layout("landscape", document.landscape()));
        placements.put(CanvasShape.PORTRAIT, layout("portrait", document.portrait()));
        Optional<BrandLogo> logo = logo(document.logo());
        if (!problems.isEmpty()) {
            throw new ThemeException(file, problems);
        }
        Theme theme = new Theme(name, colours, fonts, cornerRadius, shadow, logo, placements);
        SlotGeometry.outsideSafeAreas(theme).forEach(this::warnAboutSafeArea);
        return theme;
    }

    private String text() throws ThemeException {
        try {
            long size = Files.size(file);
            if (size > MAX_THEME_BYTES) {
                throw fileProblem("the file is " + size + " bytes; a theme is at most " + MAX_THEME_BYTES);
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw fileProblem("no such file");
        } catch (CharacterCodingException e) {
            throw fileProblem("the file is not UTF-8 text");
        } catch (IOException e) {
            throw fileProblem("cannot be read: " + e.getMessage());
        }
    }

    private ThemeException fileProblem(String message) {
        problems.add(new ThemeProblem(0, 0, "", message));
        return new ThemeException(file, problems);
    }

    private ThemeProblem problemOf(JacksonException e) {
        String field = e instanceof DatabindException databind ? JsonLocations.dotted(databind.getPath()) : "";
        JsonLocations.Position position = switch (e) {
            case UnrecognizedPropertyException unknown -> locations.name(field);
            case DatabindException ignored when !field.isEmpty() -> locations.value(field);
            default -> position(e.getLocation());
        };
        if (position.line() == 0) {
            position = position(e.getLocation());
        }
        String message = switch (e) {
            case UnrecognizedPropertyException unknown -> "unknown field; expected one of: "
                    + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                            .collect(Collectors.joining(", "));
            case InvalidFormatException invalid -> "expected " + describe(invalid.getTargetType()) + ", got "
                    + quoted(invalid.getValue());
            case MismatchedInputException mismatched -> "expected " + describe(mismatched.getTargetType())
                    + locations.written(field).map(written -> ", got " + written).orElse("");
            default -> firstSentence(e.getOriginalMessage());
        };
        return new ThemeProblem(position.line(), position.column(), field, message);
    }

    private static JsonLocations.Position position(TokenStreamLocation location) {
        return location == null || location.getLineNr() <= 0
                ? JsonLocations.Position.NONE
                : new JsonLocations.Position(location.getLineNr(), location.getColumnNr());
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a different value";
        }
        if (type == String.class) {
            return "text in quotes";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        return "an object { ... }";
    }

    private static String quoted(Object value) {
        return value instanceof String text ? '"' + text + '"' : String.valueOf(value);
    }

    /** Jackson's own wording without its source excerpt. */
    private static String firstSentence(String message) {
        if (message == null) {
            return "not valid JSON";
        }
        int cut = message.indexOf(" (start marker");
        String head = cut > 0 ? message.substring(0, cut) : message;
        int newline = head.indexOf('\n');
        return newline > 0 ? head.substring(0, newline) : head;
    }

    private void problem(String field, String message) {
        JsonLocations.Position position = locations.value(field);
        problems.add(new ThemeProblem(position.line(), position.column(), field, message));
    }

    private boolean present(String field, Object value) {
        if (value == null) {
            problem(field, "missing");
            return false;
        }
        return true;
    }

    private String checkName(String name) {
        if (present("name", name) && (name.isBlank() || name.length() > MAX_NAME_LENGTH)) {
            problem("name", "must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        return name == null ? "" : name.strip();
    }

    private ThemeColours colours(ColoursDocument document) {
        if (!present("colours", document)) {
            return null;
        }
        return new ThemeColours(colour("colours.surface", document.surface()),
                colour("colours.surfaceBorder", document.surfaceBorder()),
                colour("colours.surfaceText", document.surfaceText()),
                colour("colours.mutedText", document.mutedText()),
                colour("colours.accent", document.accent()),
                colour("colours.accentText", document.accentText()),
                colour("colours.price", document.price()),
                colour("colours.compareAtPrice", document.compareAtPrice()),
                colour("colours.discount", document.discount()),
                colour("colours.discountText", document.discountText()),
                colour("colours.lowStock", document.lowStock()),
                colour("colours.lastMinute", document.lastMinute()),
                colour("colours.finalSeconds", document.finalSeconds()),
                colour("colours.ended", document.ended()),
                colour("colours.soldOutStamp", document.soldOutStamp()),
                colour("colours.ticker", document.ticker()),
                colour("colours.tickerText", document.tickerText()));
    }

    private Color colour(String field, String value) {
        if (!present(field, value)) {
            return Color.MAGENTA;
        }
        if (!HEX_COLOUR.matcher(value).matches()) {
            problem(field, "a colour is \"#RRGGBB\" or \"#RRGGBBAA\" (hexadecimal, AA = opacity), got \"" + value + "\"");
            return Color.MAGENTA;
        }
        long rgba = Long.parseLong(value.substring(1), 16);
        if (value.length() == 7) {
            return new Color((int) rgba);
        }
        return new Color((int) (rgba >>> 24) & 0xFF, (int) (rgba >>> 16) & 0xFF, (int) (rgba >>> 8) & 0xFF,
                (int) rgba & 0xFF);
    }

    private ThemeFonts fonts(FontsDocument document) {
        if (!present("fonts", document)) {
            return null;
        }
        return new ThemeFonts(font("fonts.text", document.text()), font("fonts.strong", document.strong()),
                font("fonts.heading", document.heading()), font("fonts.numbers", document.numbers()),
                font("fonts.code", document.code()));
    }

    private FontFace font(String field, FontDocument document) {
        FontFace fallback = new FontFace(FontFamily.DEJAVU_SANS, FontWeight.REGULAR);
        if (!present(field, document)) {
            return fallback;
        }
        boolean complete = present(field + ".family", document.family()) & present(field + ".weight", document.weight());
        if (!complete) {
            return fallback;
        }
        Optional<FontFamily> family = FontFamily.named(document.family());
        if (family.isEmpty()) {
            problem(field + ".family", "\"" + document.family() + "\" is not a bundled font; use one of: "
                    + Arrays.stream(FontFamily.values()).map(FontFamily::displayName).collect(Collectors.joining(", ")));
            return fallback;
        }
        Optional<FontWeight> weight = constant(FontWeight.class, document.weight());
        if (weight.isEmpty() || !family.get().weights().contains(weight.get())) {
            problem(field + ".weight", family.get().displayName() + " has no weight \"" + document.weight()
                    + "\"; it has: " + family.get().weights().stream().sorted().map(ThemeReader::spelled)
                            .collect(Collectors.joining(", ")));
            return fallback;
        }
        return new FontFace(family.get(), weight.get());
    }

    private double number(String field, Double value, double min, double max) {
        if (!present(field, value)) {
            return min;
        }
        if (!(value >= min && value <= max)) {
            problem(field, "must be from " + plain(min) + " to " + plain(max) + ", got " + plain(value));
            return min;
        }
        return value;
    }

    private Shadow shadow(ShadowDocument document) {
        if (!present("shadow", document)) {
            return Shadow.NONE;
        }
        Color colour = colour("shadow.colour", document.colour());
        double blur = number("shadow.blur", document.blur(), 0, 100);
        double offsetY = number("shadow.offsetY", document.offsetY(), -100, 100);
        return new Shadow(colour, blur, offsetY);
    }

    private Map<OverlaySlot, SlotPlacement> layout(String field, LayoutDocument document) {
        Map<OverlaySlot, SlotPlacement> layout = new EnumMap<>(OverlaySlot.class);
        if (!present(field, document)) {
            return layout;
        }
        for (OverlaySlot slot : OverlaySlot.values()) {
            String slotField = field + "." + SlotGeometry.jsonName(slot);
            PlacementDocument placement = document.of(slot);
            if (present(slotField, placement)) {
                placement(slotField, placement).ifPresent(checked -> layout.put(slot, checked));
            }
        }
        return layout;
    }

    private Optional<SlotPlacement> placement(String field, PlacementDocument document) {
        int before = problems.size();
        Anchor anchor = null;
        if (present(field + ".anchor", document.anchor())) {
            anchor = constant(Anchor.class, document.anchor()).orElse(null);
            if (anchor == null) {
                problem(field + ".anchor", choices(Anchor.class, document.anchor()));
            }
        }
        double marginX = number(field + ".marginX", document.marginX(), 0, 0.5);
        double marginY = number(field + ".marginY", document.marginY(), 0, 0.95);
        double width = document.width() == null ? 0 : document.width();
        if (present(field + ".width", document.width()) && !(width > 0 && width <= 1)) {
            problem(field + ".width", "must be a fraction of the canvas width above 0 and at most 1, got " + plain(width));
        } else if (document.width() != null && document.marginX() != null && marginX + width > 1) {
            problem(field + ".width", "the margin and width together are wider than the canvas ("
                    + plain(marginX) + " + " + plain(width) + " > 1)");
        }
        Entrance entrance = entrance(field + ".entrance", document.entrance());
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new SlotPlacement(anchor, marginX, marginY, width, entrance));
    }

    private Entrance entrance(String field, EntranceDocument document) {
        if (!present(field, document)) {
            return Entrance.NONE;
        }
        MotionStyle style = MotionStyle.FADE;
        if (present(field + ".style", document.style())) {
            Optional<MotionStyle> named = constant(MotionStyle.class, document.style());
            if (named.isEmpty()) {
                problem(field + ".style", choices(MotionStyle.class, document.style()));
            }
            style = named.orElse(MotionStyle.FADE);
        }
        int durationMs = 0;
        if (present(field + ".durationMs", document.durationMs())) {
            durationMs = document.durationMs();
            if (durationMs < 0 || durationMs > 5_000) {
                problem(field + ".durationMs", "must be from 0 to 5000 milliseconds, got " + durationMs);
                durationMs = 0;
            }
        }
        return new Entrance(style, durationMs);
    }

    private Optional<BrandLogo> logo(String logo) {
        if (logo == null || logo.isBlank()) {
            return Optional.empty();
        }
        JsonLocations.Position position = locations.value("logo");
        String where = file + ":" + position.line() + ":" + position.column() + ": logo: ";
        Path logoFile;
        try {
            logoFile = file.toAbsolutePath().getParent().resolve(logo).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            warnings.accept(where + "\"" + logo + "\" is not a file name; the theme draws no logo");
            return Optional.empty();
        }
        if (!Files.isRegularFile(logoFile)) {
            warnings.accept(where + "no such file " + logoFile + " (logo paths are relative to the theme file); "
                    + "the theme draws no logo");
            return Optional.empty();
        }
        try {
            BufferedImage image = Images.read(logoFile);
            return Optional.of(new BrandLogo(logoFile, image));
        } catch (IOException e) {
            warnings.accept(where + e.getMessage() + "; the theme draws no logo");
            return Optional.empty();
        }
    }

    private void warnAboutSafeArea(String problem) {
        warnings.accept(file + ": " + problem);
    }

    /** The constant {@code value} names, written as in the enum or in kebab case ("slide-from-left"). */
    static <E extends Enum<E>> Optional<E> constant(Class<E> type, String value) {
        String wanted = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted) || constant.name().replace("_", "").equals(wanted)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    private static <E extends Enum<E>> String choices(Class<E> type, String value) {
        return "\"" + value + "\" is not one of: " + Arrays.stream(type.getEnumConstants())
                .map(ThemeReader::spelled).collect(Collectors.joining(", "));
    }

    static String spelled(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9 ? Long.toString((long) value) : Double.toString(value);
    }
}
