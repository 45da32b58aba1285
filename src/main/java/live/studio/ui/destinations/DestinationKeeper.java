package live.studio.ui.destinations;

import java.util.List;
import java.util.Optional;
import live.studio.output.SavedDestination;
import live.studio.secrets.ConsentPrompt;

/**
 * Keeps the window's destinations between runs: name, platform and server URL in the settings, the stream key in
 * the secret store (keychain, or the file the user agreed to). The app implements it; every method may block (D-Bus,
 * disk, a consent dialog) and is called off the FX thread.
 */
public interface DestinationKeeper {
    /** A saved destination and its key, when the store could give it. */
    record Kept(SavedDestination destination, Optional<String> streamKey) {
    }

    /** @param notice for the operator when keys cannot be read or saved: why, and what to do */
    record Loaded(List<Kept> destinations, Optional<String> notice) {
        public Loaded {
            destinations = List.copyOf(destinations);
        }
    }

    Loaded load();

    /**
     * Saves the destination and its key; {@code prompt} asks the operator first when there is no keychain.
     * Returns a notice when the key was not saved (kept for this run only), empty when it was.
     */
    Optional<String> keep(SavedDestination destination, String streamKey, ConsentPrompt prompt);

    /** Removes the destination and deletes its key. */
    void forget(SavedDestination destination);

    /** Keeps nothing: the window's destinations last for one run (tests, and a window with no settings folder). */
    DestinationKeeper FOR_THIS_RUN_ONLY = new DestinationKeeper() {
        @Override
        public Loaded load() {
            return new Loaded(List.of(), Optional.empty());
        }

        @Override
        public Optional<String> keep(SavedDestination destination, String streamKey, ConsentPrompt prompt) {
            return Optional.empty();
        }

        @Override
        public void forget(SavedDestination destination) {
        }
    };
}
