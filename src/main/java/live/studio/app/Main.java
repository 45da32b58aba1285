package live.studio.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code studio}: opens the window; {@code studio live --headless ...} streams without one. */
@Command(name = "studio", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Live-shopping studio: camera, product graphics and chat, streamed to RTMP(S) and recorded.",
        subcommands = {LiveCommand.class, DevicesCommand.class, ValidateCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs the command line with its output and errors going to the given writers (for tests). */
    static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(exception -> ExitCode.USAGE.code());
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            exception.getCommandLine().getErr().println("studio: " + exception.getMessage());
            exception.getCommandLine().getErr().println("Run 'studio --help' or 'studio live --help' for the options.");
            return ExitCode.USAGE.code();
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        return WindowLauncher.launch();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"studio " + (version == null ? "development build" : version)};
        }
    }
}
