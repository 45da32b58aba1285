package live.studio.secrets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import live.studio.files.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link KeyStorage#FILE_AFTER_CONSENT}: secrets in {@code secrets.json} in the settings folder, a file only its owner
 * can read (mode 0600, set when the file is created; written whole by {@link AtomicFiles#writeOwnerOnly}, which keeps
 * no backup). Used only after the user agreed, where no keychain is available. The content is plain JSON: anyone
 * who can read the user's files can read it, which is why the keychain comes first and the user is asked.
 */
public final class FileSecretStore implements SecretStore {
    public static final String FILE_NAME = "secrets.json";
    private static final Logger LOG = LoggerFactory.getLogger(FileSecretStore.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private final Path file;

    public FileSecretStore(Path settingsFolder) {
        this.file = settingsFolder.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void put(String name, String secret) throws SecretStoreException {
        Map<String, String> secrets = read();
        secrets.put(name, secret);
        write(secrets);
    }

    @Override
    public synchronized Optional<String> get(String name) throws SecretStoreException {
        return Optional.ofNullable(read().get(name));
    }

    @Override
    public synchronized void delete(String name) throws SecretStoreException {
        Map<String, String> secrets = read();
        if (secrets.remove(name) != null) {
            write(secrets);
        }
    }

    @Override
    public KeyStorage storage() {
        return KeyStorage.FILE_AFTER_CONSENT;
    }

    @Override
    public String description() {
        return file + " (readable only by you)";
    }

    private Map<String, String> read() throws SecretStoreException {
        Map<String, String> secrets = new TreeMap<>();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException none) {
            return secrets;
        } catch (IOException e) {
            throw new SecretStoreException(file + ": cannot read the saved stream keys (" + e.getMessage() + ")", e);
        }
        tightenPermissions();
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            // the message of the parser may quote the text, which holds keys: say where only
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new SecretStoreException(file + where + ": not valid JSON; fix or delete the file (its keys are then "
                    + "asked again)");
        }
        JsonNode entries = root == null ? null : root.get("secrets");
        if (entries == null || !entries.isObject()) {
            throw new SecretStoreException(file + ": field secrets: must be an object of names and secrets; fix or delete the file");
        }
        for (Map.Entry<String, JsonNode> entry : entries.properties()) {
            if (!entry.getValue().isString()) {
                throw new SecretStoreException(file + ": secrets." + entry.getKey() + ": must be a string; fix or delete the file");
            }
            secrets.put(entry.getKey(), entry.getValue().asString());
        }
        return secrets;
    }

    private void write(Map<String, String> secrets) throws SecretStoreException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        root.put("note", "Stream keys of Live Studio, kept here because no keychain was available and you agreed. "
                + "Readable only by you (mode 0600). Do not share or export this file.");
        ObjectNode entries = root.putObject("secrets");
        secrets.forEach(entries::put);
        try {
            AtomicFiles.writeOwnerOnly(file, (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SecretStoreException(file + ": cannot save the stream keys (" + e.getMessage() + ")", e);
        }
    }

    /** A file someone made readable by others (a copy, an archive restored) is set back to 0600, and said so. */
    private void tightenPermissions() {
        if (!AtomicFiles.hasPosixPermissions(file)) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(permissions)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
                LOG.warn("{} was readable by others ({}): set back to rw------- (0600)", file,
                        PosixFilePermissions.toString(permissions));
            }
        } catch (IOException e) {
            LOG.warn("{}: cannot check its permissions ({})", file, e.getMessage());
        }
    }
}
