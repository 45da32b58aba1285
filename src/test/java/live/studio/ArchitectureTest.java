package live.studio;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of the design (ARCHITECTURE.md, "Packages"), checked on the production classes. */
@AnalyzeClasses(packages = "live.studio", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Only the window and the composition root know JavaFX: the engine runs headless, in tests and benchmarks. */
    @ArchTest
    static final ArchRule onlyUiAndAppUseJavaFx = noClasses()
            .that().resideOutsideOfPackages("live.studio.ui..", "live.studio.app..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the engine must run without JavaFX (studio live --headless)");

    /** media holds the shared vocabulary (frames, audio, packets, clock): it depends on no other studio package. */
    @ArchTest
    static final ArchRule mediaDependsOnNoOtherStudioPackage = noClasses()
            .that().resideInAPackage("live.studio.media..")
            .should().dependOnClassesThat(resideInAPackage("live.studio..")
                    .and(resideOutsideOfPackage("live.studio.media..")))
            .because("every stage shares media's types; media knowing a stage would tie the stages together")
            .allowEmptyShould(true);

    /**
     * Chat text comes from anyone on the internet: the chat package cannot hand it to FFmpeg (a filter string), a
     * shell or a file path, because it depends on none of them.
     */
    @ArchTest
    static final ArchRule chatTextReachesNoFfmpegShellOrFile = noClasses()
            .that().resideInAPackage("live.studio.chat..")
            .should().dependOnClassesThat().resideInAnyPackage("org.bytedeco..", "java.nio.file..")
            .orShould().dependOnClassesThat().belongToAnyOf(ProcessBuilder.class, Runtime.class, java.io.File.class)
            .because("chat text must never reach an FFmpeg filter string, a shell or a path (issue 6)");

    /** Guards the rules above against passing on nothing: the import must have found the studio's classes. */
    @ArchTest
    static void importFindsTheStudioClasses(JavaClasses classes) {
        assertThat(classes.stream().filter(c -> c.getPackageName().startsWith("live.studio.media"))).isNotEmpty();
        assertThat(classes.stream().filter(c -> c.getPackageName().startsWith("live.studio.app"))).isNotEmpty();
        assertThat(classes.stream().filter(c -> c.getPackageName().startsWith("live.studio.chat"))).isNotEmpty();
    }
}
