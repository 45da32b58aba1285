package live.studio.app;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the {@code studio} command line in this JVM and keeps what it printed. */
record StudioCommand(int exitCode, String out, String err) {

    static StudioCommand run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new StudioCommand(exitCode, out.toString(), err.toString());
    }
}
