package live.studio.preflight;

import java.util.List;
import java.util.Objects;

/**
 * What a check found, as a message key and its arguments: the window words it in the operator's language (the
 * {@code finding.KEY} texts of the pre-flight bundle). Arguments are safe to show: names, hosts, ports, numbers,
 * never a stream key.
 */
public record Finding(String key, List<Object> arguments) {

    public Finding {
        Objects.requireNonNull(key);
        arguments = List.copyOf(arguments);
    }

    public static Finding of(String key, Object... arguments) {
        return new Finding(key, List.of(arguments));
    }

    @Override
    public String toString() {
        return key + arguments;
    }
}
