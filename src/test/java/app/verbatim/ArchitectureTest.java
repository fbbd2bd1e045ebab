package app.verbatim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rule from the README: model ← engine ← io/export ← cli; ui uses all; only ui touches JavaFX. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("app.verbatim");
  }

  @Test
  void onlyUiAndLauncherUseJavaFx() {
    noClasses().that().resideOutsideOfPackage("app.verbatim.ui..")
        .and().doNotHaveFullyQualifiedName("app.verbatim.Launcher")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.fxmisc..")
        .check(classes);
  }

  @Test
  void modelDependsOnNothingOfOurs() {
    noClasses().that().resideInAPackage("app.verbatim.model..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "app.verbatim.engine..", "app.verbatim.io..", "app.verbatim.export..",
            "app.verbatim.cli..", "app.verbatim.ui..")
        .check(classes);
  }

  @Test
  void engineUsesOnlyModel() {
    noClasses().that().resideInAPackage("app.verbatim.engine..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "app.verbatim.io..", "app.verbatim.export..", "app.verbatim.cli..", "app.verbatim.ui..",
            "com.fasterxml.jackson..", "org.jsoup..", "org.apache.pdfbox..", "com.openhtmltopdf..")
        .check(classes);
  }

  @Test
  void ioAndExportDoNotUseCliOrUi() {
    noClasses().that().resideInAnyPackage("app.verbatim.io..", "app.verbatim.export..")
        .should().dependOnClassesThat().resideInAnyPackage("app.verbatim.cli..", "app.verbatim.ui..")
        .check(classes);
  }

  @Test
  void nothingUsesUiButLauncher() {
    noClasses().that().resideOutsideOfPackage("app.verbatim.ui..")
        .and().doNotHaveFullyQualifiedName("app.verbatim.Launcher")
        .should().dependOnClassesThat().resideInAPackage("app.verbatim.ui..")
        .check(classes);
  }

  @Test
  void onlyExportUsesThePdfStack() {
    noClasses().that().resideOutsideOfPackage("app.verbatim.export..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "com.openhtmltopdf..")
        .check(classes);
  }

  @Test
  void noCyclesBetweenTheEnginesPackages() {
    slices().matching("app.verbatim.engine.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void noCyclesBetweenTopLevelPackages() {
    slices().matching("app.verbatim.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void theWindowsPartsDoNotReachBackIntoIt() {
    // the menus, the toolbar and the file actions see the window through WindowActions only
    noClasses().that().haveFullyQualifiedName("app.verbatim.ui.MainMenu")
        .or().haveFullyQualifiedName("app.verbatim.ui.MainToolBar")
        .or().haveFullyQualifiedName("app.verbatim.ui.FileActions")
        .should().dependOnClassesThat().haveFullyQualifiedName("app.verbatim.ui.MainWindow")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("app.verbatim.ui.VerbatimApp")
        .check(classes);
  }

  @Test
  void noCyclesBetweenTheCommandsAndTheCommandLine() {
    // six commands once reached Cli for its exit constants: ExitCode broke that loop; keep it broken
    noClasses().that().resideInAPackage("app.verbatim.cli..").and().doNotHaveSimpleName("Cli")
        .should().dependOnClassesThat().haveFullyQualifiedName("app.verbatim.cli.Cli")
        .check(classes);
  }
}
