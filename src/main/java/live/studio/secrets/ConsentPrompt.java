package live.studio.secrets;

/**
 * Asks the user, when no keychain is available, whether stream keys may be kept in a file only they can read. The
 * window shows a dialog; {@code studio keys set --file-store} is the command line's consent; a headless start that
 * cannot ask answers {@link Answer#NOT_ASKED}.
 */
@FunctionalInterface
public interface ConsentPrompt {
    enum Answer {
        /** The user agreed to the file. */
        USE_FILE,
        /** The user refused: keys are not stored. */
        DO_NOT_STORE,
        /** Nobody could be asked (no window, no console): nothing is stored and nothing is remembered. */
        NOT_ASKED
    }

    /**
     * @param keychainProblem why there is no keychain, in words for the user
     * @param file            the file that would hold the keys
     */
    Answer ask(String keychainProblem, java.nio.file.Path file);

    /** For runs where nobody can be asked. */
    ConsentPrompt NOBODY = (problem, file) -> Answer.NOT_ASKED;
}
