package de.teilhabe.ui.browser;

import de.teilhabe.platform.benutzer.BenutzerDaten;
import de.teilhabe.platform.benutzer.Benutzerverwaltung;
import de.teilhabe.platform.kreis.KreisVerwaltung;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.TestKreise;
import de.teilhabe.ui.TeilhabeServer;
import de.teilhabe.ui.TestServer;
import de.teilhabe.ui.konfiguration.MitProgrammen;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a browser test class works in: the in-process server with the program plugins, a freshly onboarded Kreis
 * (the Rhein-Kreis Neuss's Kommunen) with the given programs enabled, and Debian's Chromium. Closing removes the
 * Kreis and stops both.
 */
final class Testkreis implements AutoCloseable {
    static final String PASSWORT = "browser-test-passwort";

    final TeilhabeServer server;
    final String slug;
    final Nutzer admin;
    private final Browser browser;

    private Testkreis(TeilhabeServer server, String slug, Nutzer admin, Browser browser) {
        this.server = server;
        this.slug = slug;
        this.admin = admin;
        this.browser = browser;
    }

    static Testkreis starten(String stamm, String... programme) throws Exception {
        return starten(Map.of(), stamm, programme);
    }

    /** As {@link #starten(String, String...)}, with further server properties (e.g. a trusted proxy). */
    static Testkreis starten(Map<String, Object> zusaetzlich, String stamm, String... programme) throws Exception {
        Map<String, Object> eigenschaften = new HashMap<>(zusaetzlich);
        eigenschaften.put("teilhabe.betreiber.passwort", TestKreise.BETREIBER_PASSWORT);
        eigenschaften.put("teilhabe.plugins.verzeichnis", MitProgrammen.pluginVerzeichnis().toString());
        TeilhabeServer server = TestServer.starten(eigenschaften);
        String slug = TestKreise.slug(stamm);
        TestKreise.onboarden(server.kontext(), slug);
        Nutzer admin = TestKreise.admin(server.kontext(), slug);
        for (String programm : programme) {
            server.kontext().getBean(ProgrammDienst.class).aktivieren(admin, programm);
        }
        return new Testkreis(server, slug, admin, new Browser());
    }

    /** The KI coordination of the Kreis, for setting up data through the services. */
    Nutzer ki() {
        return MitProgrammen.ki(admin);
    }

    /** An account {@code <slug>.<name>} with the role and {@link #PASSWORT}; returns its user name. */
    String konto(String name, Rolle rolle) {
        String benutzername = slug + "." + name;
        bean(Benutzerverwaltung.class).anlegen(admin, new BenutzerDaten(benutzername, name, Set.of(rolle), true, PASSWORT));
        return benutzername;
    }

    <T> T bean(Class<T> art) {
        return server.kontext().getBean(art);
    }

    /** A fresh browser profile (own cookies), nothing opened yet. */
    Seite neueSeite() {
        return new Seite(browser.neueSeite("de-DE"), server.uiUrl());
    }

    /** A fresh browser profile, signed in as {@code benutzername}. */
    Seite angemeldet(String benutzername) {
        Seite seite = neueSeite();
        seite.oeffnen("login");
        seite.anmelden(benutzername, PASSWORT);
        return seite;
    }

    @Override
    public void close() {
        try {
            browser.close();
            bean(KreisVerwaltung.class).offboarden(TestKreise.betreiber(server.kontext()), slug, slug);
        } finally {
            server.close();
        }
    }
}
