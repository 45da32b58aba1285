package live.studio.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import live.studio.catalog.CatalogImport;
import live.studio.catalog.CatalogReader;
import live.studio.show.file.ShowFile;
import live.studio.show.file.ShowFileLoad;
import live.studio.show.file.ShowFileReader;
import live.studio.show.file.ShowFileReader.DocumentKind;
import live.studio.show.file.ShowProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code studio validate FILE}: checks a show file (JSON or YAML), a run-sheet alone or a catalog (JSON, our CSV,
 * Shopify's export). Every problem is one line on the error stream, {@code FILE:LINE:COLUMN: field: message}, in
 * file order; with an error the exit code is 1 (bad input). A valid file prints one "ok" line on the output stream
 * (its warnings, if any, still on the error stream) and exits 0.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a show file (.json, .yaml), a run-sheet alone or a catalog (.json, .csv, Shopify export).",
                "Prints each problem as FILE:LINE:COLUMN: field: message and exits 1 if there is an error, "
                        + "else prints one ok line and exits 0."})
final class ValidateCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The show, run-sheet or catalog file to check.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DocumentKind kind = ShowFileReader.kindOf(file);
        List<ShowProblem> problems;
        String summary;
        switch (kind) {
            case CATALOG -> {
                CatalogImport result = CatalogReader.read(file);
                problems = result.problems().stream().map(ValidateCommand::asShowProblem).toList();
                summary = "catalog, " + count(result.catalog().products().size(), "product") + ", "
                        + count(result.catalog().promoCodes().size(), "promo code");
            }
            case RUN_SHEET -> {
                ShowFileLoad load = ShowFileReader.readRunSheet(file);
                problems = load.problems();
                summary = load.show().map(show -> "run-sheet, " + runSheetSummary(show)).orElse("");
            }
            case SHOW -> {
                ShowFileLoad load = ShowFileReader.read(file);
                problems = load.problems();
                summary = load.show().map(show -> "show \"" + show.info().title() + "\", " + runSheetSummary(show)
                        + ", " + count(show.catalog().products().size(), "product")).orElse("");
            }
            default -> throw new IllegalStateException("unknown kind " + kind);
        }
        problems.forEach(err::println);
        err.flush();
        if (problems.stream().anyMatch(ShowProblem::isError)) {
            return ExitCode.BAD_INPUT.code();
        }
        out.println(file + ": ok (" + summary + ")");
        out.flush();
        return ExitCode.DONE.code();
    }

    private static String runSheetSummary(ShowFile show) {
        int cues = show.runSheet().segments().stream().mapToInt(segment -> segment.cues().size()).sum();
        return count(show.runSheet().size(), "segment") + ", " + count(cues, "cue") + ", "
                + live.studio.catalog.DurationText.format(show.runSheet().plannedDuration()) + " planned";
    }

    private static String count(int number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }

    private static ShowProblem asShowProblem(live.studio.catalog.CatalogProblem problem) {
        return new ShowProblem(problem.severity(), problem.file(), problem.line(), problem.column(), problem.field(),
                problem.message());
    }
}
