package live.studio.chat;

import java.util.Objects;

/** A product as chat sees it: the catalog's id, its title, and its short code ({@code #12}), 0 when it has none. */
public record ProductRef(String id, String title, int shortCode) {
    public ProductRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}
