package live.studio.show.runsheet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The show's plan: its segments in running order. Immutable; an edit during the show makes a new run-sheet, which the
 * cue engine takes without a restart. Segment ids are unique, and cue ids are unique within the whole run-sheet, so a
 * fired cue is known by its id whatever is edited around it.
 */
public record RunSheet(List<Segment> segments) {

    public RunSheet {
        segments = List.copyOf(segments);
        Set<String> segmentIds = new HashSet<>();
        Set<String> cueIds = new HashSet<>();
        for (Segment segment : segments) {
            if (!segmentIds.add(segment.id())) {
                throw new IllegalArgumentException("two segments have the id '" + segment.id() + "'");
            }
            for (Cue cue : segment.cues()) {
                if (!cueIds.add(cue.id())) {
                    throw new IllegalArgumentException("two cues have the id '" + cue.id() + "'");
                }
            }
        }
    }

    public static RunSheet empty() {
        return new RunSheet(List.of());
    }

    public boolean isEmpty() {
        return segments.isEmpty();
    }

    public int size() {
        return segments.size();
    }

    public Segment segment(int index) {
        return segments.get(index);
    }

    public Optional<Segment> segment(String id) {
        return segments.stream().filter(segment -> segment.id().equals(id)).findFirst();
    }

    /** The index of the segment with this id, or -1. */
    public int indexOf(String segmentId) {
        for (int index = 0; index < segments.size(); index++) {
            if (segments.get(index).id().equals(segmentId)) {
                return index;
            }
        }
        return -1;
    }

    /** The sum of the planned durations: the show's planned length when every start is soft. */
    public Duration plannedDuration() {
        return segments.stream().map(Segment::plannedDuration).reduce(Duration.ZERO, Duration::plus);
    }

    /** This run-sheet with the segment at {@code index} replaced. */
    public RunSheet with(int index, Segment segment) {
        List<Segment> edited = new ArrayList<>(segments);
        edited.set(index, segment);
        return new RunSheet(edited);
    }

    /** This run-sheet with the segment at {@code from} moved to {@code to} (the producer's drag). */
    public RunSheet moved(int from, int to) {
        List<Segment> edited = new ArrayList<>(segments);
        edited.add(to, edited.remove(from));
        return new RunSheet(edited);
    }

    public RunSheet inserted(int index, Segment segment) {
        List<Segment> edited = new ArrayList<>(segments);
        edited.add(index, segment);
        return new RunSheet(edited);
    }

    public RunSheet removed(int index) {
        List<Segment> edited = new ArrayList<>(segments);
        edited.remove(index);
        return new RunSheet(edited);
    }
}
