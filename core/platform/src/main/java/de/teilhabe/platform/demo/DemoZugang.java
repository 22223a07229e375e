package de.teilhabe.platform.demo;

/** A demo account as printed at start. */
public record DemoZugang(String benutzername, String passwort, String rolle, String kreis) {
}
