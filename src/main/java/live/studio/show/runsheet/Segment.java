package live.studio.show.runsheet;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One part of the show ("Sneaker X demo — 6 min"): what the host does, for how long, with which products and cues.
 *
 * @param id               stable within the run-sheet (the run state and the API name segments by it)
 * @param plannedDuration  how long the producer planned it; the clock shows over/under against it
 * @param start            soft (follows the previous segment) or hard (a time of day)
 * @param advance          whether the segment ends by itself at its planned duration or waits for the operator
 * @param hostNotes        the script the host reads in the prompter (may be empty)
 * @param talkingPoints    short points shown beside the notes
 * @param featuredProducts product ids of the catalog, in the order the host presents them
 * @param layout           a layout name (built in or the show file's) to switch to when the segment starts
 * @param cues             actions fired during the segment, in the order written
 */
public record Segment(String id, String title, Duration plannedDuration, SegmentStart start, Advance advance,
                      String hostNotes, List<String> talkingPoints, List<String> featuredProducts,
                      Optional<String> layout, List<Cue> cues) {

    public Segment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(advance, "advance");
        Objects.requireNonNull(hostNotes, "hostNotes");
        Objects.requireNonNull(layout, "layout");
        if (plannedDuration.isNegative()) {
            throw new IllegalArgumentException("segment '" + id + "': planned duration is negative");
        }
        talkingPoints = List.copyOf(talkingPoints);
        featuredProducts = List.copyOf(featuredProducts);
        cues = List.copyOf(cues);
    }

    /** A segment with only a title and a duration: soft start, auto-advance, no notes, products or cues. */
    public static Segment of(String id, String title, Duration plannedDuration) {
        return new Segment(id, title, plannedDuration, new SegmentStart.FollowsPrevious(), Advance.AUTOMATIC, "",
                List.of(), List.of(), Optional.empty(), List.of());
    }

    public Segment withTitle(String newTitle) {
        return new Segment(id, newTitle, plannedDuration, start, advance, hostNotes, talkingPoints, featuredProducts, layout, cues);
    }

    public Segment withPlannedDuration(Duration newDuration) {
        return new Segment(id, title, newDuration, start, advance, hostNotes, talkingPoints, featuredProducts, layout, cues);
    }

    public Segment withStart(SegmentStart newStart) {
        return new Segment(id, title, plannedDuration, newStart, advance, hostNotes, talkingPoints, featuredProducts, layout, cues);
    }

    public Segment withAdvance(Advance newAdvance) {
        return new Segment(id, title, plannedDuration, start, newAdvance, hostNotes, talkingPoints, featuredProducts, layout, cues);
    }

    public Segment withHostNotes(String newNotes) {
        return new Segment(id, title, plannedDuration, start, advance, newNotes, talkingPoints, featuredProducts, layout, cues);
    }

    public Segment withCues(List<Cue> newCues) {
        return new Segment(id, title, plannedDuration, start, advance, hostNotes, talkingPoints, featuredProducts, layout, newCues);
    }
}
