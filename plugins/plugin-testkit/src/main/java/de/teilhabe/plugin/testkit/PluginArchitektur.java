package de.teilhabe.plugin.testkit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * Architecture rule for program plugins: a plugin's main classes depend only on the JDK, the plugin API,
 * PF4J and the plugin's own package – never on the platform, Micronaut, Vaadin or JDBC.
 */
public final class PluginArchitektur {

    private PluginArchitektur() {
    }

    /**
     * Checks the classes in the package of {@code pluginKlasse} (and sub-packages) that come from the same
     * build output as {@code pluginKlasse}.
     *
     * @throws AssertionError listing every offending dependency
     */
    public static void pruefeNurPluginApi(Class<?> pluginKlasse) {
        String paket = pluginKlasse.getPackageName();
        // only the plugin's own build output (target/classes or the jar), not the test classes
        JavaClasses klassen = new ClassFileImporter()
                .importLocations(Set.of(Location.of(pluginKlasse.getProtectionDomain().getCodeSource().getLocation())));
        ArchRule regel = classes().that().resideInAPackage(paket + "..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage(paket + "..", "java..", "de.teilhabe.plugin.api..", "org.pf4j..")
                .because("Plugins dürfen nur die Plugin-API, PF4J und das JDK verwenden");
        regel.check(klassen);
    }
}
