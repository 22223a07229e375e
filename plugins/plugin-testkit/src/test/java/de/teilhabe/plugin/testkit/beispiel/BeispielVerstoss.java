package de.teilhabe.plugin.testkit.beispiel;

/** Test fixture: depends on something a plugin must not use (checked by PluginArchitekturTest). */
public class BeispielVerstoss {

    public Class<?> verbotenerTyp() {
        return org.flywaydb.core.Flyway.class;
    }
}
