package live.studio.catalog.document;

/** Paths of fields as shown in messages: {@code products[2].prize}; the document itself is {@link #ROOT}. */
public final class DocumentPaths {
    /** How the whole document is named in a message, where there is no field to name. */
    public static final String ROOT = "(document)";

    private DocumentPaths() {
    }

    /** The path of field {@code name}; a name from the file is cut to 40 characters so a message stays readable. */
    public static String child(String parentPath, String name) {
        String shownName = ObjectFields.shortened(name);
        return parentPath.isEmpty() || parentPath.equals(ROOT) ? shownName : parentPath + "." + shownName;
    }

    public static String element(String arrayPath, int index) {
        return arrayPath + "[" + index + "]";
    }

    /** The path as shown: the empty path (the root) becomes {@link #ROOT}. */
    public static String shown(String path) {
        return path.isEmpty() ? ROOT : path;
    }
}
