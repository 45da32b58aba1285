package live.studio.output;

import java.util.Objects;
import java.util.UUID;

/**
 * A destination as the settings keep it: everything but the stream key, which is in the secret store under
 * {@code live.studio.secrets.SecretNames#streamKey(id)}.
 *
 * @param id        stable, so renaming a destination keeps its key; letters, digits and '-'
 * @param name      what the operator calls it, unique ignoring case ("YouTube", "Shop's Twitch")
 * @param platform  the platform preset's name, e.g. {@code YOUTUBE}, {@code CUSTOM}
 * @param serverUrl rtmp(s)://HOST[:PORT]/APP, without the key
 */
public record SavedDestination(String id, String name, String platform, String serverUrl) {
    public SavedDestination {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(platform);
        Objects.requireNonNull(serverUrl);
    }

    public static SavedDestination create(String name, String platform, String serverUrl) {
        return new SavedDestination(UUID.randomUUID().toString(), name, platform, serverUrl);
    }

    /** The destination to stream to with {@code streamKey}; the message of the exception says what to fix. */
    public Destination withKey(String streamKey) {
        return Destination.of(name, serverUrl, streamKey);
    }
}
