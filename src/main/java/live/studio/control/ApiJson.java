package live.studio.control;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import live.studio.compose.Layout;
import live.studio.engine.EngineStats;
import live.studio.output.OutputState;
import live.studio.output.OutputStatus;
import live.studio.output.SecretRedactor;
import live.studio.show.ArgumentSpec;
import live.studio.show.CommandSpec;
import live.studio.show.Graphic;
import live.studio.show.ShowCommands;
import live.studio.show.ShowEvent;
import live.studio.show.ShowState;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API's JSON: every name in lowerCamelCase ({@code productCard}, {@code reconnecting}), times in epoch
 * milliseconds, no stream key and no token anywhere (targets and details are redacted once more on the way out).
 */
final class ApiJson {
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ApiJson() {
    }

    static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** {@code PRODUCT_CARD} → {@code productCard}. */
    static String camel(Enum<?> value) {
        String[] words = value.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    static ObjectNode error(String message, String field) {
        ObjectNode error = object();
        error.put("error", message);
        if (field == null) {
            error.putNull("field");
        } else {
            error.put("field", field);
        }
        return error;
    }

    static ObjectNode event(ShowEvent event) {
        ObjectNode json = object();
        json.put("type", event.type());
        json.put("sequence", event.sequence());
        json.put("epochMillis", event.epochMillis());
        switch (event) {
            case ShowEvent.CommandExecuted executed -> {
                json.put("command", executed.command().name());
                json.set("arguments", MAPPER.valueToTree(ShowCommands.argumentsOf(executed.command())));
                json.put("source", camel(executed.source()));
            }
            case ShowEvent.OverlayShown shown -> {
                json.put("slot", camel(shown.slot()));
                json.put("detail", shown.detail());
            }
            case ShowEvent.OverlayHidden hidden -> {
                json.put("slot", camel(hidden.slot()));
                json.put("reason", camel(hidden.reason()));
            }
            case ShowEvent.CountdownEnded ended -> json.put("endAction", ended.endAction().commandName());
            case ShowEvent.StockChanged stock -> {
                json.put("product", stock.productId());
                json.put("stock", stock.stock());
            }
            case ShowEvent.CatalogChanged catalog -> {
                json.put("productCount", catalog.productCount());
                json.put("promoCodeCount", catalog.promoCodeCount());
            }
            // events added to the show later go out with their record's fields until they get a case here
            default -> MAPPER.<ObjectNode>valueToTree(event).properties().forEach(field -> {
                if (!json.has(field.getKey())) {
                    json.set(field.getKey(), field.getValue());
                }
            });
        }
        return json;
    }

    static ObjectNode output(OutputStatus output) {
        ObjectNode json = object();
        json.put("name", output.name());
        json.put("kind", ProgramMonitor.isRecording(output) ? "recording" : "stream");
        json.put("target", SecretRedactor.redact(output.target()));
        json.put("state", camel(output.state()));
        json.put("stopReason", camel(output.stopReason()));
        json.put("problem", output.stopReason().description());
        json.put("advice", output.stopReason().advice());
        json.put("detail", SecretRedactor.redact(output.detail()));
        json.put("bitrateKbps", Math.round(output.bitrateKbps()));
        json.put("congestion", Math.round(output.congestion() * 1000) / 1000.0);
        json.put("droppedVideoPackets", output.droppedVideoPackets());
        json.put("reconnectAttempt", output.reconnectAttempt());
        json.put("nextRetryMillis", output.nextRetryMillis());
        json.put("writtenBytes", output.writtenBytes());
        json.put("warning", output.warning());
        return json;
    }

    static ObjectNode stats(EngineStats stats) {
        ObjectNode json = object();
        json.put("uptimeMillis", stats.uptimeMillis());
        json.put("framesPerSecond", Math.round(stats.framesPerSecond() * 10) / 10.0);
        json.put("renderedFrames", stats.renderedFrames());
        json.put("droppedFrames", stats.droppedFrames());
        json.put("repeatedFrames", stats.repeatedFrames());
        json.put("lateTicks", stats.lateTicks());
        json.put("encoderQueueDepth", stats.encoderQueueDepth());
        json.put("encoderQueueCapacity", stats.encoderQueueCapacity());
        json.put("encodedFrames", stats.encodedFrames());
        json.put("videoBitrateKbps", Math.round(stats.videoBitrateKbps()));
        json.put("encodeLatencyMillis", Math.round(stats.encodeLatencyMillis() * 10) / 10.0);
        json.put("audioPeakDbfs", Math.round(stats.audioLevels().peakDbfs() * 10) / 10.0);
        json.put("audioRmsDbfs", Math.round(stats.audioLevels().rmsDbfs() * 10) / 10.0);
        json.put("encoderFailure", SecretRedactor.redact(stats.encoderFailure()));
        return json;
    }

    static ObjectNode graphic(Graphic graphic, Optional<Long> countdownRemainingSeconds) {
        ObjectNode json = object();
        json.put("slot", camel(graphic.slot()));
        json.put("detail", graphic.describe());
        switch (graphic) {
            case Graphic.ProductCard card -> json.put("product", card.productId());
            case Graphic.Countdown countdown -> {
                json.put("label", countdown.label());
                countdownRemainingSeconds.ifPresent(seconds -> json.put("remainingSeconds", seconds));
                json.put("ended", countdown.ended());
                json.put("endAction", countdown.endAction().commandName());
                countdown.promo().ifPresent(promo -> json.put("promo", promo));
            }
            case Graphic.PromoCode promo -> json.put("code", promo.code());
            case Graphic.LowerThird lowerThird -> {
                json.put("name", lowerThird.hostName());
                json.put("role", lowerThird.role());
            }
            case Graphic.Banner banner -> json.put("text", banner.text());
            case Graphic.PinnedComment comment -> {
                json.put("author", comment.author());
                json.put("text", comment.text());
                json.put("platform", comment.platform());
            }
            case Graphic.StockCounter counter -> json.put("product", counter.productId());
        }
        return json;
    }

    static ObjectNode status(ShowState show, Optional<Long> countdownRemainingSeconds, List<OutputStatus> outputs,
                             Optional<EngineStats> stats, Layout layout, boolean chatConnected, long lastSequence) {
        ObjectNode json = object();
        ObjectNode program = json.putObject("live");
        program.put("streaming", outputs.stream().anyMatch(o -> !ProgramMonitor.isRecording(o) && o.state().isActive()));
        program.put("onAir", outputs.stream().anyMatch(o -> !ProgramMonitor.isRecording(o)
                && o.state() == OutputState.LIVE));
        program.put("recording", outputs.stream().anyMatch(o -> ProgramMonitor.isRecording(o) && o.state().isActive()));
        program.put("layout", ShowCommands.layoutName(layout));
        ArrayNode outputArray = json.putArray("outputs");
        outputs.forEach(output -> outputArray.add(output(output)));
        if (stats.isPresent()) {
            json.set("stats", stats(stats.get()));
        } else {
            json.putNull("stats");
        }
        ArrayNode overlays = json.putArray("overlays");
        show.onAir().values().stream().sorted(java.util.Comparator.comparing(Graphic::slot))
                .forEach(graphic -> overlays.add(graphic(graphic, countdownRemainingSeconds)));
        if (countdownRemainingSeconds.isPresent()) {
            json.put("countdownRemainingSeconds", countdownRemainingSeconds.get());
        } else {
            json.putNull("countdownRemainingSeconds");
        }
        show.lastProductId().ifPresentOrElse(id -> json.put("lastProduct", id), () -> json.putNull("lastProduct"));
        // the run-sheet's current segment and cue arrive with the run-sheet feature; null until then
        json.putNull("runSheet");
        json.put("chat", chatConnected ? "connected" : "not connected");
        json.put("lastEventSequence", lastSequence);
        return json;
    }

    static ArrayNode commands(List<CommandSpec> specs) {
        ArrayNode array = MAPPER.createArrayNode();
        for (CommandSpec spec : specs) {
            ObjectNode command = array.addObject();
            command.put("name", spec.name());
            command.put("description", spec.description());
            ArrayNode arguments = command.putArray("arguments");
            for (ArgumentSpec argument : spec.arguments()) {
                ObjectNode json = arguments.addObject();
                json.put("name", argument.name());
                json.put("type", camel(argument.type()));
                json.put("required", argument.requirement() == ArgumentSpec.Requirement.REQUIRED);
                json.put("description", argument.description());
                if (!argument.choices().isEmpty()) {
                    ArrayNode choices = json.putArray("choices");
                    argument.choices().forEach(choices::add);
                }
            }
        }
        return array;
    }

    static ObjectNode chatMessage(ChatMessage message) {
        ObjectNode json = object();
        json.put("id", message.id());
        json.put("epochMillis", message.epochMillis());
        json.put("platform", message.platform());
        json.put("author", message.author());
        json.put("text", message.text());
        return json;
    }

    /** A request body as a map of JSON values; a JSON mistake is a {@link RequestRefused} naming line and column. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> readObject(byte[] body) throws RequestRefused {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(body);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new RequestRefused(400, "the body is not valid JSON" + where + ": " + e.getOriginalMessage()
                    .replaceAll("\\p{Cntrl}", "?"), "body");
        }
        if (tree == null || !tree.isObject()) {
            throw new RequestRefused(400, "the body must be a JSON object like {\"command\": \"product.hide\"}", "body");
        }
        return MAPPER.convertValue(tree, Map.class);
    }
}
