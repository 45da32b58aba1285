package live.studio.secrets;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Run in a child JVM by {@link KeychainSecretServiceIT}: {@code put NAME} (the secret on standard input), {@code get
 * NAME} (prints "matches" when it equals the secret on standard input, "missing" when there is none) or
 * {@code delete NAME}, through the {@link SecretStore} the studio uses. Never prints a secret.
 */
public final class KeychainChild {
    private KeychainChild() {
    }

    public static void main(String[] args) throws Exception {
        String expected = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        switch (KeychainSecretStore.open(Duration.ofSeconds(20))) {
            case KeychainSecretStore.Probe.Unavailable unavailable -> {
                System.out.println("unavailable: " + unavailable.reason());
                System.exit(3);
            }
            case KeychainSecretStore.Probe.Available available -> {
                try (KeychainSecretStore store = available.store()) {
                    System.out.println("backend: " + store.description());
                    switch (args[0]) {
                        case "put" -> {
                            store.put(args[1], expected);
                            System.out.println("stored");
                        }
                        case "get" -> System.out.println(store.get(args[1])
                                .map(secret -> secret.equals(expected) ? "matches" : "differs").orElse("missing"));
                        case "delete" -> {
                            store.delete(args[1]);
                            System.out.println("deleted");
                        }
                        default -> throw new IllegalArgumentException(args[0]);
                    }
                }
            }
        }
        System.exit(0);
    }
}
