package live.studio.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Viewer commands counted and attributed to products; keyword alerts. */
class MessageAnalyzerTest {
    private static final ProductRef JACKET = new ProductRef("denim-jacket", "Denim Jacket", 3);
    private static final ProductRef SHIRT = new ProductRef("linen-shirt", "Linen Shirt", 12);
    private final AtomicReference<ProductRef> onScreen = new AtomicReference<>();
    private final MessageAnalyzer analyzer = new MessageAnalyzer(QuestionDetectorTest.DEMO_PRODUCTS,
            () -> Optional.ofNullable(onScreen.get()));

    private MessageSignals analyze(String text) {
        return analyzer.analyze(new ChatMessage(Platform.TWITCH, "twitch:shop", "", ChatAuthor.named("ann"), text,
                null, Instant.EPOCH, null, null));
    }

    @Test
    void commandsAreParsedAtTheStartAndShortCodesAnywhere() {
        assertThat(ViewerCommand.parse("!buy")).containsExactly(new ViewerCommand(CommandKind.BUY, 0));
        assertThat(ViewerCommand.parse("!BUY 12")).containsExactly(new ViewerCommand(CommandKind.BUY, 12));
        assertThat(ViewerCommand.parse("!price #3 please")).containsExactly(new ViewerCommand(CommandKind.PRICE, 3));
        assertThat(ViewerCommand.parse("!code")).containsExactly(new ViewerCommand(CommandKind.CODE, 0));
        assertThat(ViewerCommand.parse("is #12 in stock and #3? #12!")).containsExactly(
                new ViewerCommand(CommandKind.SHORT_CODE, 12), new ViewerCommand(CommandKind.SHORT_CODE, 3));
        assertThat(ViewerCommand.parse("!buyer or !codes or say !buy")).isEmpty();
        assertThat(ViewerCommand.parse("issue#12 or &#12; or #12a")).isEmpty();
    }

    @Test
    void aBareCommandCountsForTheProductOnScreen() {
        onScreen.set(SHIRT);
        assertThat(analyze("!buy").commands()).containsExactly(new CountedCommand(CommandKind.BUY, SHIRT, 0));
        onScreen.set(null);
        assertThat(analyze("!buy").commands()).containsExactly(new CountedCommand(CommandKind.BUY, null, 0));
    }

    @Test
    void aNamedProductWinsOverTheOneOnScreen() {
        onScreen.set(SHIRT);
        assertThat(analyze("!buy 3").commands()).containsExactly(new CountedCommand(CommandKind.BUY, JACKET, 3));
        assertThat(analyze("!price the denim jacket").commands()).containsExactly(new CountedCommand(CommandKind.PRICE, JACKET, 0));
        assertThat(analyze("#3 in black?").commands()).containsExactly(new CountedCommand(CommandKind.SHORT_CODE, JACKET, 3));
        assertThat(analyze("!buy #99").commands()).as("an unknown code keeps its number")
                .containsExactly(new CountedCommand(CommandKind.BUY, null, 99));
    }

    @Test
    void countsPerProductForTheReport() {
        CommandCounts counts = new CommandCounts();
        onScreen.set(SHIRT);
        for (String text : List.of("!buy", "!buy 3", "#3", "!price", "!code", "!buy #3", "hello")) {
            analyze(text).commands().forEach(counts::count);
        }
        CommandCounts.Snapshot snapshot = counts.snapshot();
        assertThat(snapshot.total(CommandKind.BUY)).isEqualTo(3);
        assertThat(snapshot.count("denim-jacket", CommandKind.BUY)).isEqualTo(2);
        assertThat(snapshot.count("denim-jacket", CommandKind.SHORT_CODE)).isEqualTo(1);
        assertThat(snapshot.count("linen-shirt", CommandKind.BUY)).isEqualTo(1);
        assertThat(snapshot.count("linen-shirt", CommandKind.PRICE)).isEqualTo(1);
        assertThat(snapshot.count("linen-shirt", CommandKind.CODE)).isEqualTo(1);
        assertThat(snapshot.productTitles()).containsEntry("denim-jacket", "Denim Jacket");
    }

    @Test
    void keywordAlertsMatchWholeWordsWithoutCaseOrAccents() {
        analyzer.setAlerts(new KeywordAlerts(List.of("remboursement", "broken", "Livraison gratuite", " ")));
        assertThat(analyze("REMBOURSEMENT svp").alerts()).containsExactly("remboursement");
        assertThat(analyze("la livraison gratuite c'est quand").alerts()).containsExactly("Livraison gratuite");
        assertThat(analyze("mine arrived Broken!").alerts()).containsExactly("broken");
        assertThat(analyze("unbroken streak").alerts()).isEmpty();
        assertThat(analyzer.alerts().keywords()).containsExactly("remboursement", "broken", "Livraison gratuite");
    }

    @Test
    void productsNamedInAMessageAreFound() {
        assertThat(analyze("la chemise en lin existe en blanc ?").products()).containsExactly(SHIRT);
        assertThat(analyze("Denim jacket or the LINEN SHIRT?").products()).containsExactly(JACKET, SHIRT);
        assertThat(analyze("jacket").products()).isEmpty();
    }
}
