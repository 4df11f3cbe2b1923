package com.salescallplanner.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.salescallplanner.store.PlannerStore;
import com.salescallplanner.store.SaveState;
import com.salescallplanner.store.crm.CsvDialect;
import com.salescallplanner.store.crm.CsvFileException;
import com.salescallplanner.store.export.CallExportFormat;
import com.salescallplanner.store.export.CallSheet;
import com.salescallplanner.store.export.ExportedFile;

import java.nio.file.Path;
import java.time.Clock;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers and rules of docs/architecture.md, enforced on the production classes. */
@AnalyzeClasses(packages = "com.salescallplanner", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule layers_dependOnlyDownwards = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Domain").definedBy("com.salescallplanner.domain..")
            .layer("Store").definedBy("com.salescallplanner.store..")
            .layer("Nlp").definedBy("com.salescallplanner.nlp..")
            .layer("Ui").definedBy("com.salescallplanner.ui..")
            .layer("Cli").definedBy("com.salescallplanner.cli..")
            .layer("App").definedBy("com.salescallplanner.app..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Ui", "Cli", "App")
            .whereLayer("Nlp").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Store", "Nlp", "Ui", "Cli", "App");

    @ArchTest
    static final ArchRule openNlp_onlyInNlp = noClasses().that().resideOutsideOfPackage("..nlp..")
            .should().dependOnClassesThat().resideInAPackage("opennlp..")
            .because("the tagger model is an implementation of the domain's WordTagger port, wired only in app");

    @ArchTest
    static final ArchRule nlp_usesOnlyTheDomainAndOpenNlp = noClasses().that().resideInAPackage("..nlp..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "tools.jackson..", "picocli..",
                    "com.salescallplanner.store..", "com.salescallplanner.ui..", "com.salescallplanner.cli..")
            .because("the nlp package adapts a library to a domain port and knows nothing of files, views or commands");

    @ArchTest
    static final ArchRule packages_dependOnEachOtherWithoutCycles = slices().matching("com.salescallplanner.(**)")
            .should().beFreeOfCycles()
            .because("a package that depends on one that depends on it cannot be understood or changed alone");

    @ArchTest
    static final ArchRule uiRoot_usesOnlyTheModelAndThePorts = noClasses().that().resideInAPackage("com.salescallplanner.ui")
            .should().dependOnClassesThat(resideInAPackage("com.salescallplanner.ui..")
                    .and(not(resideInAnyPackage("com.salescallplanner.ui", "com.salescallplanner.ui.model..",
                            "com.salescallplanner.ui.port.."))))
            .because("what every page shares (ui) is below every page: a page package may use it, never the reverse");

    @ArchTest
    static final ArchRule viewModels_holdNoNodesOrWindows = noClasses().that().haveNameMatching(".*ViewModel(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("a view model is JavaFX properties and lists, tested without a screen; views hold the nodes "
                    + "and dialogs go through ui.DialogService");

    @ArchTest
    static final ArchRule modelsAndPorts_holdNoNodesOrWindows = noClasses().that().haveNameMatching(".*Model(\\$.*)?")
            .or().resideInAnyPackage("com.salescallplanner.ui.model..", "com.salescallplanner.ui.port..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("the parts of a view model (the plan editor's ObjectiveModel, ContractModel, ScheduleModel), "
                    + "the workspace and the window's ports are tested without a screen, as the view models are");

    /**
     * The store's classes the window may name: values with no I/O of their own. Everything that
     * reads or writes (the data file, a CRM export, an export file) is reached through a ui.port
     * interface implemented in app.
     */
    private static final Class<?>[] STORE_VALUES_FOR_THE_UI = {SaveState.class, CsvDialect.class,
        CsvFileException.class, CallExportFormat.class, CallSheet.class, ExportedFile.class};

    @ArchTest
    static final ArchRule ui_usesOnlyTheStoresValueTypes = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat(resideInAPackage("com.salescallplanner.store..")
                    .and(not(belongToAnyOf(STORE_VALUES_FOR_THE_UI))))
            .because("the data file, its lock, backups and autosaving are reached through ui.port.PlannerStorage, "
                    + "a CRM export through ui.port.CrmCsvReader and the exports through ui.port.ExportPort (all "
                    + "implemented in app); the window names only the store's values: the save state, a CSV "
                    + "dialect and why a CSV file is no table, the call export formats, a call sheet and an "
                    + "exported file's bytes");

    @ArchTest
    static final ArchRule storeValuesForTheUi_doNoIo = noClasses().that(belongToAnyOf(STORE_VALUES_FOR_THE_UI))
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..",
                    "java.sql..", "tools.jackson..", "org.apache.commons.csv..", "com.lowagie..", "org.openpdf..",
                    "biweekly..")
            .because("what the window may name from the store holds values; reading and writing stay behind the ports");

    @ArchTest
    static final ArchRule domain_usesNoFrameworkOrIo = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "tools.jackson..", "com.fasterxml..", "picocli..", "org.apache.commons..",
                    "java.io..", "java.nio.file..", "java.net..", "org.slf4j..", "ch.qos.logback..")
            .because("the domain is pure Java: records and rules, no UI, JSON or I/O");

    @ArchTest
    static final ArchRule jackson_onlyInStore = noClasses().that().resideOutsideOfPackage("..store..")
            .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
            .because("the store owns the JSON format");

    @ArchTest
    static final ArchRule jdbc_onlyInStore = noClasses().that().resideOutsideOfPackage("..store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.postgresql..",
                    "org.flywaydb..", "com.zaxxer.hikari..")
            .because("the store owns the team database: SQL, the driver, the pool and the migrations");

    @ArchTest
    static final ArchRule javafx_onlyInUiAndApp = noClasses().that().resideInAnyPackage("..domain..", "..store..",
            "..cli..").should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule onlyApp_opensTheStore = noClasses().that().resideOutsideOfPackages("..app..", "..store..")
            .should().callMethod(PlannerStore.class, "openForWriting", Path.class)
            .orShould().callMethod(PlannerStore.class, "openForWriting", Path.class, Clock.class)
            .orShould().callMethod(PlannerStore.class, "openForReading", Path.class)
            .because("only the composition root wires concrete classes; commands and views get what they need injected");

    @ArchTest
    static final ArchRule onlyApp_startsTheWindow = noClasses().that().resideOutsideOfPackages("..app..", "..ui..")
            .should().dependOnClassesThat().haveFullyQualifiedName("com.salescallplanner.ui.shell.DesktopApp");

    @ArchTest
    static final ArchRule logging_throughSlf4jOnly = noClasses().that()
            .doNotHaveFullyQualifiedName("com.salescallplanner.app.LogbackConfiguration")
            .and().doNotHaveFullyQualifiedName("com.salescallplanner.app.ClassPathJavaFx").should().dependOnClassesThat()
            .resideInAnyPackage("ch.qos.logback..", "java.util.logging..", "org.apache.logging..", "org.apache.log4j..")
            .because("code logs through SLF4J; Logback is only the runtime backend, configured in one class of app "
                    + "(and ClassPathJavaFx filters the one start-up line JavaFX logs through java.util.logging, "
                    + "decision 0012)");

    @ArchTest
    static final ArchRule noSystemOut_outsideCli = noClasses().that().resideOutsideOfPackage("..cli..")
            .should().accessField(System.class, "out")
            .because("only the command line prints to stdout; everything else logs");
}
