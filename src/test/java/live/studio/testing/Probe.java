package live.studio.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * What ffprobe says about a media file: streams, container and packets (and decoded frames when asked), parsed from
 * {@code ffprobe -v error -print_format json -show_streams -show_format -show_packets}.
 */
public record Probe(List<Stream> streams, Format format, List<Packet> packets, List<Frame> frames) {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    /** A stream; numbers ffprobe did not give are 0, strings "". */
    public record Stream(int index, String codecType, String codecName, String profile, int width, int height,
                         String avgFrameRate, String rFrameRate, int sampleRate, int channels, double startTimeSeconds) {
        public boolean isVideo() {
            return "video".equals(codecType);
        }

        public boolean isAudio() {
            return "audio".equals(codecType);
        }

        /** avg_frame_rate as a number (nginx's FLV says 1000/33 for 30 fps: compare with a tolerance). */
        public double averageFramesPerSecond() {
            return rational(avgFrameRate);
        }

        public double realFramesPerSecond() {
            return rational(rFrameRate);
        }
    }

    public record Format(String formatName, double durationSeconds, long bitRate, double startTimeSeconds) {
    }

    public record Packet(int streamIndex, String codecType, double ptsTimeSeconds, double dtsTimeSeconds,
                         boolean keyframe, int size) {
    }

    public record Frame(int streamIndex, String mediaType, double ptsTimeSeconds, boolean keyFrame, String pictType) {
    }

    /** Streams, format and packets. */
    public static Probe of(Path file) {
        return run(file, false);
    }

    /** Also decodes every frame ({@code -show_frames}): slower; for picture types and decoded timing. */
    public static Probe withFrames(Path file) {
        return run(file, true);
    }

    public Optional<Stream> video() {
        return streams.stream().filter(Stream::isVideo).findFirst();
    }

    public Optional<Stream> audio() {
        return streams.stream().filter(Stream::isAudio).findFirst();
    }

    public List<Packet> videoPackets() {
        return packets.stream().filter(p -> "video".equals(p.codecType())).toList();
    }

    public List<Packet> audioPackets() {
        return packets.stream().filter(p -> "audio".equals(p.codecType())).toList();
    }

    /** Video frames: decoded frames when probed {@link #withFrames}, else video packets (one frame each for H.264). */
    public int videoFrameCount() {
        if (!frames.isEmpty()) {
            return (int) frames.stream().filter(f -> "video".equals(f.mediaType())).count();
        }
        return videoPackets().size();
    }

    /** Presentation times of the video keyframes (packets flagged K), in order. */
    public List<Double> keyframeTimesSeconds() {
        return videoPackets().stream().filter(Packet::keyframe).map(Packet::ptsTimeSeconds).sorted().toList();
    }

    /** The container's duration. */
    public double durationSeconds() {
        return format.durationSeconds();
    }

    private static Probe run(Path file, boolean withFrames) {
        var arguments = new ArrayList<>(List.of("-v", "error", "-print_format", "json",
                "-show_streams", "-show_format", "-show_packets"));
        if (withFrames) {
            arguments.add("-show_frames");
        }
        arguments.add(file.toString());
        var result = Ffmpeg.probe(TIMEOUT, arguments).requireSuccess();
        return parse(result.stdoutText());
    }

    static Probe parse(String json) {
        JsonNode root = JSON.readTree(json);
        var streams = new ArrayList<Stream>();
        for (JsonNode s : root.path("streams")) {
            streams.add(new Stream(s.path("index").asInt(), text(s, "codec_type"), text(s, "codec_name"),
                    text(s, "profile"), s.path("width").asInt(), s.path("height").asInt(),
                    text(s, "avg_frame_rate"), text(s, "r_frame_rate"), number(s, "sample_rate").intValue(),
                    s.path("channels").asInt(), number(s, "start_time").doubleValue()));
        }
        JsonNode f = root.path("format");
        var format = new Format(text(f, "format_name"), number(f, "duration").doubleValue(),
                number(f, "bit_rate").longValue(), number(f, "start_time").doubleValue());
        var packets = new ArrayList<Packet>();
        for (JsonNode p : root.path("packets")) {
            packets.add(new Packet(p.path("stream_index").asInt(), text(p, "codec_type"),
                    number(p, "pts_time").doubleValue(), number(p, "dts_time").doubleValue(),
                    text(p, "flags").contains("K"), number(p, "size").intValue()));
        }
        var frames = new ArrayList<Frame>();
        for (JsonNode fr : root.path("frames")) {
            frames.add(new Frame(fr.path("stream_index").asInt(), text(fr, "media_type"),
                    number(fr, "pts_time").doubleValue(), fr.path("key_frame").asInt() == 1, text(fr, "pict_type")));
        }
        return new Probe(List.copyOf(streams), format, List.copyOf(packets), List.copyOf(frames));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asString();
    }

    /** ffprobe writes many numbers as strings ("48000", "12.345000"); "N/A" and absent fields become 0. */
    private static Double number(JsonNode node, String field) {
        String value = text(node, field);
        try {
            return value.isEmpty() ? 0.0 : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return 0.0;
        }
    }

    static double rational(String value) {
        if (value == null || value.isEmpty()) {
            return 0;
        }
        int slash = value.indexOf('/');
        if (slash < 0) {
            return Double.parseDouble(value);
        }
        double denominator = Double.parseDouble(value.substring(slash + 1));
        return denominator == 0 ? 0 : Double.parseDouble(value.substring(0, slash)) / denominator;
    }
}
