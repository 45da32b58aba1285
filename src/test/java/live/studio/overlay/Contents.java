package live.studio.overlay;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import live.studio.overlay.OverlayContent.Banner;
import live.studio.overlay.OverlayContent.Countdown;
import live.studio.overlay.OverlayContent.LowerThird;
import live.studio.overlay.OverlayContent.PinnedComment;
import live.studio.overlay.OverlayContent.ProductCard;
import live.studio.overlay.OverlayContent.PromoCode;
import live.studio.overlay.OverlayContent.StockCounter;

/** One ordinary and one hostile content of each kind, for the layout tests. */
final class Contents {

    static final String BUY_URL = "https://shop.example.com/p/glow-serum?src=live";

    /** What a troll or a broken catalog sends: 10 KB, a right-to-left override, zalgo, emoji, markup, controls. */
    static final String HOSTILE = "\u202E" + "gnol yrev ".repeat(20) + "Z̷̢̡̛̟̗̤͓̝̗͈̭͚̋̑͊̿̈́͌a̶̡̛̜̗̱͓̙̋̂̓̈́̏l̴̢̘̤̠̺̏̌̀̈́͂g̸̨̛̬̗̝̞̈́̽͆̈́o̷̧̹̘̖̓̀̓̕ "
            + "👨‍👩‍👧‍👦🏳️‍🌈🇫🇷1️⃣ " + "<b>bold</b><script>alert(1)</script> \u0000\u0007\u001B[31m "
            + "مرحبا שלום 日本語 ".repeat(5) + "W".repeat(10_000) + "\n\n\n\n\n\nmore\nlines\nhere";

    private Contents() {
    }

    static List<OverlayContent> ordinary() {
        return List.of(
                new ProductCard("Glow Serum — Vitamin C brightening drops, 30 ml", "€34.90", Optional.of("€49.90"),
                        StockLevel.LOW, 3, Optional.of(DemoPictures.product()), Optional.of(BUY_URL),
                        Optional.of("shop.example.com/p12"), "12", Optional.of("−30 %")),
                new Countdown("Flash sale ends in", 299, CountdownUrgency.NORMAL),
                new PromoCode("SPRING20", "20 % off everything", OptionalLong.of(570)),
                new LowerThird("Maya Chen", "Host · Skincare expert"),
                new Banner("Free shipping on orders over €50 • New arrivals every Friday"),
                new PinnedComment("sarah_k", "Does it come in a travel size?", "twitch"),
                new StockCounter("Glow Serum", 7));
    }

    static List<OverlayContent> hostile() {
        return List.of(
                new ProductCard(HOSTILE, HOSTILE, Optional.of(HOSTILE), StockLevel.SOLD_OUT, -5, Optional.empty(),
                        Optional.of(HOSTILE), Optional.of(HOSTILE), HOSTILE, Optional.of(HOSTILE)),
                new Countdown(HOSTILE, Long.MAX_VALUE, CountdownUrgency.NORMAL),
                new PromoCode(HOSTILE, HOSTILE, OptionalLong.of(Long.MAX_VALUE)),
                new LowerThird(HOSTILE, HOSTILE),
                new Banner(HOSTILE),
                new PinnedComment(HOSTILE, HOSTILE, HOSTILE),
                new StockCounter(HOSTILE, Integer.MAX_VALUE));
    }

    /** Nulls where the contract has none by design: a caller's bug must not take the graphics down either. */
    static List<OverlayContent> nulls() {
        return List.of(
                new ProductCard(null, null, null, null, 0, null, null, null, null, null),
                new Countdown(null, -10, null),
                new PromoCode(null, null, null),
                new LowerThird(null, null),
                new Banner(null),
                new PinnedComment(null, null, null),
                new StockCounter(null, 0));
    }

    static OverlayContent ordinary(OverlaySlot slot) {
        return ordinary().stream().filter(content -> content.slot() == slot).findFirst().orElseThrow();
    }

    static OverlayContent hostile(OverlaySlot slot) {
        return hostile().stream().filter(content -> content.slot() == slot).findFirst().orElseThrow();
    }
}
