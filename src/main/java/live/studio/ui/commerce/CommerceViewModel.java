package live.studio.ui.commerce;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import live.studio.show.CommandSource;
import live.studio.show.HideReason;
import live.studio.show.ShowCommand;
import live.studio.show.ShowCommands;
import live.studio.show.ShowEvent;
import live.studio.show.ShowTime;
import live.studio.text.SafeText;
import live.studio.ui.common.Messages;

/**
 * The commerce controls beside the shelf: countdown, promo codes, lower third, banner, Hide all, and a line saying
 * what the show did last and who asked (the window, a shortcut, the API, a cue). UI thread only.
 */
public final class CommerceViewModel {
    private static final Messages TEXT = Messages.of(CommerceViewModel.class);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final int MAX_ACTIVITY_GRAPHEMES = 140;

    private final ShowActions actions;
    private final ZoneId zone;
    private final CountdownViewModel countdown;
    private final PromoViewModel promos;
    private final LowerThirdViewModel lowerThird;
    private final BannerViewModel banner;
    private final Feedback hideAllFeedback = new Feedback();
    private final ReadOnlyStringWrapper lastActivity = new ReadOnlyStringWrapper(this, "lastActivity", "");

    /**
     * @param time the show's media clock (time left of promo codes)
     * @param zone for the time of day in the activity line
     */
    public CommerceViewModel(ShowActions actions, ShowTime time, ZoneId zone) {
        this.actions = Objects.requireNonNull(actions);
        this.zone = Objects.requireNonNull(zone);
        countdown = new CountdownViewModel(actions);
        promos = new PromoViewModel(actions, time);
        lowerThird = new LowerThirdViewModel(actions);
        banner = new BannerViewModel(actions);
    }

    /** Takes every graphic off air. */
    public boolean hideAll(CommandSource source) {
        boolean ran = hideAllFeedback.show(actions.send(new ShowCommand.HideAll(), source));
        refresh();
        return ran;
    }

    /** Reads everything back from the show controller: on every show change, and a few times a second for the clocks. */
    public void refresh() {
        countdown.refresh();
        promos.refresh();
        lowerThird.refresh();
        banner.refresh();
    }

    /** True for the events the activity line tells about; the rest are parts of a command already told. */
    public static boolean worthTelling(ShowEvent event) {
        return switch (event) {
            case ShowEvent.CommandExecuted executed -> true;
            case ShowEvent.CountdownEnded ended -> true;
            case ShowEvent.OverlayHidden hidden -> hidden.reason() == HideReason.EXPIRED;
            case ShowEvent.CatalogChanged changed -> true;
            default -> false;
        };
    }

    /** Shows {@code event} in the activity line. */
    public void tell(ShowEvent event) {
        String what = switch (event) {
            case ShowEvent.CommandExecuted executed -> sourceName(executed.source()) + " · " + describe(executed.command());
            case ShowEvent.CountdownEnded ended -> TEXT.text("activity.countdown-ended", switch (ended.endAction()) {
                case HIDE -> TEXT.text("activity.countdown-ended.hide");
                case NEXT_PRODUCT -> TEXT.text("activity.countdown-ended.next-product");
                case REVEAL_PROMO -> TEXT.text("activity.countdown-ended.reveal-promo");
            });
            case ShowEvent.OverlayHidden hidden -> TEXT.text("activity.promo-expired");
            case ShowEvent.CatalogChanged changed -> TEXT.text("activity.catalog", changed.productCount(),
                    changed.promoCodeCount());
            default -> event.type();
        };
        // Command arguments may come from outside (the API, a chat pin): cleaned like any text the window shows.
        lastActivity.set(CLOCK.format(Instant.ofEpochMilli(event.epochMillis()).atZone(zone)) + "  "
                + SafeText.singleLine(what, MAX_ACTIVITY_GRAPHEMES));
    }

    private static String sourceName(CommandSource source) {
        return switch (source) {
            case WINDOW -> TEXT.text("source.window");
            case SHORTCUT -> TEXT.text("source.shortcut");
            case CUE -> TEXT.text("source.cue");
            case API -> TEXT.text("source.api");
            case CHAT -> TEXT.text("source.chat");
            case SHOW -> TEXT.text("source.show");
        };
    }

    /** "product.show aero", "countdown.start seconds=300 endAction=hide". */
    static String describe(ShowCommand command) {
        Map<String, Object> arguments = ShowCommands.argumentsOf(command);
        if (arguments.isEmpty()) {
            return command.name();
        }
        if (arguments.size() == 1) {
            return command.name() + " " + arguments.values().iterator().next();
        }
        return command.name() + " " + arguments.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(" "));
    }

    public CountdownViewModel countdown() {
        return countdown;
    }

    public PromoViewModel promos() {
        return promos;
    }

    public LowerThirdViewModel lowerThird() {
        return lowerThird;
    }

    public BannerViewModel banner() {
        return banner;
    }

    public Feedback hideAllFeedback() {
        return hideAllFeedback;
    }

    /** "20:14:03  API · product.show aero". */
    public ReadOnlyStringProperty lastActivityProperty() {
        return lastActivity.getReadOnlyProperty();
    }
}
