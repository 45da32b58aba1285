package live.studio.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import live.studio.chat.ChatAuthor;
import live.studio.chat.ChatFeed;
import live.studio.chat.ChatMessage;
import live.studio.chat.MessageSignals;
import live.studio.chat.Platform;
import live.studio.chat.ProductMatcher;
import live.studio.chat.ProductRef;
import live.studio.overlay.OverlaySlot;
import live.studio.show.Graphic;
import live.studio.show.ShowController;
import live.studio.show.ShowTime;
import org.junit.jupiter.api.Test;

class ChatLinksTest {
    private static final Instant NOW = Instant.parse("2026-11-21T20:00:00Z");

    private static ChatMessage message(String author, String text) {
        return new ChatMessage(Platform.TWITCH, "twitch:shop", "id-" + text.hashCode(), ChatAuthor.named(author), text,
                null, NOW, null, null);
    }

    private static ShowController controller() {
        return new ShowController(live.studio.catalog.CatalogReader.read(
                java.nio.file.Path.of("assets/demo/catalog.json")).catalog(), ShowTime.of(live.studio.media.MediaClock.start()));
    }

    @Test
    void aPinnedMessageGoesOnAirAsThePinnedCommentAndComesOff() {
        ShowController controller = controller();
        var pin = ChatLinks.pinOnAir(controller);
        pin.pin(message("marie_92", "Does it come in 38?"));
        assertThat(controller.state().onAir(OverlaySlot.PINNED_COMMENT))
                .contains(new Graphic.PinnedComment("marie_92", "Does it come in 38?", Platform.TWITCH.label()));
        pin.unpin();
        assertThat(controller.state().onAir(OverlaySlot.PINNED_COMMENT)).isEmpty();
    }

    @Test
    void shortCodesAndNamesAreMatchedAgainstTheCatalogOnAir() {
        ShowController controller = controller();
        ProductMatcher products = ChatLinks.products(controller);
        var first = controller.catalog().products().getFirst();
        assertThat(products.byShortCode(Integer.parseInt(first.shortCode()))).map(ProductRef::id).contains(first.id());
        assertThat(products.mentionedIn("is the " + first.title() + " still there?")).extracting(ProductRef::id)
                .contains(first.id());
        controller.setCatalog(live.studio.catalog.Catalog.empty());
        assertThat(products.byShortCode(Integer.parseInt(first.shortCode()))).isEmpty();
    }

    @Test
    void theApiReadsTheFeedAfterAnId() {
        ChatFeed feed = new ChatFeed(10);
        feed.add(message("ann", "hello"), MessageSignals.NONE);
        feed.add(message("bob", "price?"), MessageSignals.NONE);
        var messages = ChatLinks.history(feed).messagesAfter(0, 10);
        assertThat(messages).extracting(live.studio.control.ChatMessage::author).containsExactly("ann", "bob");
        assertThat(ChatLinks.history(feed).messagesAfter(messages.getFirst().id(), 10))
                .extracting(live.studio.control.ChatMessage::text).containsExactly("price?");
    }

    @Test
    void chatPinPutsAFeedMessageOnAirByItsId() throws Exception {
        ShowController controller = controller();
        ChatFeed feed = new ChatFeed(10);
        feed.add(message("ann", "hello"), MessageSignals.NONE);
        var asked = feed.add(message("bob", "c'est combien ?"), MessageSignals.NONE);
        controller.setChatMessages(ChatLinks.messages(feed));
        controller.execute(live.studio.show.ShowCommands.parse("chat.pin", java.util.Map.of("message", asked.id())),
                live.studio.show.CommandSource.API);
        assertThat(controller.state().onAir(OverlaySlot.PINNED_COMMENT))
                .contains(new Graphic.PinnedComment("bob", "c'est combien ?", Platform.TWITCH.label()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> controller.execute(
                        new live.studio.show.ShowCommand.PinChatMessage(999), live.studio.show.CommandSource.API))
                .isInstanceOfSatisfying(live.studio.show.CommandException.class,
                        e -> assertThat(e.field()).isEqualTo("message"));
    }

    @Test
    void pinNextQuestionPutsTheOldestUnansweredQuestionOnAirThenTheNextOne() throws Exception {
        ChatFeed feed = new ChatFeed(10);
        MessageSignals question = new MessageSignals(true, java.util.List.of(), java.util.List.of(), java.util.List.of());
        feed.add(message("ann", "hello"), MessageSignals.NONE);
        feed.add(message("bob", "does it come in 38?"), question);
        feed.add(message("cy", "is there a discount?"), question);
        ShowController controller = controller();
        controller.setChatMessages(ChatLinks.messages(feed));
        controller.execute(new live.studio.show.ShowCommand.PinNextQuestion(), live.studio.show.CommandSource.CUE);
        assertThat(controller.state().onAir(OverlaySlot.PINNED_COMMENT))
                .contains(new Graphic.PinnedComment("bob", "does it come in 38?", Platform.TWITCH.label()));
        controller.execute(new live.studio.show.ShowCommand.PinNextQuestion(), live.studio.show.CommandSource.CUE);
        assertThat(controller.state().onAir(OverlaySlot.PINNED_COMMENT))
                .contains(new Graphic.PinnedComment("cy", "is there a discount?", Platform.TWITCH.label()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> controller.execute(
                        new live.studio.show.ShowCommand.PinNextQuestion(), live.studio.show.CommandSource.CUE))
                .hasMessageContaining("no unanswered question");
    }
}
