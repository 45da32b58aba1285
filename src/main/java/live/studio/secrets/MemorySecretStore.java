package live.studio.secrets;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link KeyStorage#NOT_STORED}: keys are kept for this run only and typed again at the next start. */
public final class MemorySecretStore implements SecretStore {
    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    @Override
    public void put(String name, String secret) {
        secrets.put(name, secret);
    }

    @Override
    public Optional<String> get(String name) {
        return Optional.ofNullable(secrets.get(name));
    }

    @Override
    public void delete(String name) {
        secrets.remove(name);
    }

    @Override
    public KeyStorage storage() {
        return KeyStorage.NOT_STORED;
    }

    @Override
    public String description() {
        return "this run's memory only (not saved)";
    }
}
