package live.studio.catalog.document;

/** Paths of fields as shown in messages: {@code products[2].prize}; the document itself is {@link #ROOT}. */
public final class DocumentPaths {
    /** How the whole document is named in a message, where there is no field to name. */
    public static final String ROOT = "(document)";

    private DocumentPaths() {
    }

    public static String child(String parentPath, String name) {
        return parentPath.isEmpty() || parentPath.equals(ROOT) ? name : parentPath + "." + name;
    }

    public static String element(String arrayPath, int index) {
        return arrayPath + "[" + index + "]";
    }

    /** The path as shown: the empty path (the root) becomes {@link #ROOT}. */
    public static String shown(String path) {
        return path.isEmpty() ? ROOT : path;
    }
}
