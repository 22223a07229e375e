package de.teilhabe.platform.teilnehmer;

import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;
import static org.assertj.core.api.Assertions.assertThat;

import de.teilhabe.platform.audit.AuditEintrag;
import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fallarbeit.Fallakte;
import de.teilhabe.platform.fallarbeit.FallarbeitDienst;
import de.teilhabe.platform.fallarbeit.Hilfeangebot;
import de.teilhabe.platform.fallarbeit.NotizDaten;
import de.teilhabe.platform.fallarbeit.Verweisung;
import de.teilhabe.platform.fallarbeit.VerweisungDaten;
import de.teilhabe.platform.fallarbeit.Verweisungsergebnis;
import de.teilhabe.platform.fallarbeit.Ziel;
import de.teilhabe.platform.fallarbeit.ZielDaten;
import de.teilhabe.platform.fallarbeit.Zielstatus;
import de.teilhabe.platform.gremium.Person;
import de.teilhabe.platform.gremium.PersonDaten;
import de.teilhabe.platform.gremium.PersonenDienst;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.mandant.Mandanten;
import de.teilhabe.platform.testing.Datenbank;
import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * ADR 0003 with an independent reference: people with distinctive values — random names, a birth date, a goal, a
 * note, a referral, an exception, a residence note, a struck entry, a search for the name, an import of rows, a
 * correction, an erasure reason that names them — go through the whole case work and are then erased or anonymised.
 * Then every text column of the Kreis's and of the platform's {@code audit_log} is searched for each of those strings:
 * none may be found, while the entries under the person's id are all there.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "teilhabe.plugins.verzeichnis", value = "${teilhabe.test.plugins}")
class AuditOhnePersonenwerteTest {

    private static final SecureRandom ZUFALL = new SecureRandom();
    private static final DateTimeFormatter DEUTSCH = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject ApplicationContext ctx;
    @Inject Mandanten mandanten;
    @Inject FallarbeitDienst fallarbeit;
    @Inject Verlaufseintraege eintraege;
    @Inject TeilnehmerImport importer;
    @Inject DatenauskunftDienst auskunft;
    @Inject Loeschung loeschung;
    @Inject Aufbewahrung aufbewahrung;
    @Inject PersonenDienst gremienpersonen;
    @Inject AuditProtokoll audit;
    @Inject KreisTransaktion transaktion;

    Datenschutzfaelle f;
    String schema;

    @BeforeAll
    void kreis() {
        f = new Datenschutzfaelle(ctx, "auditloesch");
        schema = mandanten.schema(f.admin.kreisSlug()).schema();
    }

    @Test
    void nachDerLoeschungStehtNichtsMehrVonDerPersonImProtokoll() {
        Map<String, String> werte = new LinkedHashMap<>();
        String vorname = wert(werte, "vorname", zufall("Vn"));
        String nachname = wert(werte, "nachname", zufall("Nn"));
        String korrigiert = wert(werte, "korrigierter Nachname", zufall("Kn"));
        LocalDate geburt = LocalDate.of(1996, 1, 1).plusDays(ZUFALL.nextInt(360));
        wert(werte, "Geburtsdatum ISO", geburt.toString());
        wert(werte, "Geburtsdatum deutsch", DEUTSCH.format(geburt));

        // intake as a documented exception, with a residence note, a case manager and a consent
        UUID id = f.aufnahmedienst.aufnehmen(f.cm, new AufnahmeAntrag(new TeilnehmerDaten(vorname, nachname, geburt,
                f.neuss, "B1", wert(werte, "Fallverantwortung", zufall("cm."))),
                new AufenthaltDaten(Aufenthaltsstatus.AUFENTHALTSTITEL, Datenschutzfaelle.AUFNAHME.minusMonths(6),
                        wert(werte, "Aufenthaltsnotiz", zufall("Aufenthalt "))),
                GEMEINSAM_KLAPPTS, Datenschutzfaelle.AUFNAHME, wert(werte, "Ausnahmegrund", zufall("Ausnahme ")),
                wert(werte, "Ausnahme genehmigt von", zufall("Leitung ")), null, null,
                List.of(Einwilligungszweck.KLIENTENDATEI))).teilnehmer().id();

        // reading, a search for the name (also as "Nachname, Vorname"), a correction of the name
        Teilnehmer t = f.dienst.akte(f.ki, id).teilnehmer();
        assertThat(f.dienst.suchen(f.cm, suche(nachname)).gesamt()).isEqualTo(1);
        assertThat(f.dienst.suchen(f.cm, suche(nachname + ", " + vorname)).gesamt()).isEqualTo(1);
        f.dienst.aendern(f.cm, id, t.version(), new TeilnehmerDaten(vorname, korrigiert, geburt, f.neuss, "B2",
                t.fallverantwortung()));

        // case work: a goal agreed and changed, a note, a referral with its outcome
        Fallakte akte = fallarbeit.zielAnlegen(f.cm, id, new ZielDaten(wert(werte, "Bedarf", zufall("Bedarf ")),
                wert(werte, "Ziel", zufall("Ziel ")), Zielstatus.VEREINBART, LocalDate.of(2021, 4, 15), null, null));
        Ziel ziel = akte.ziele().get(0);
        fallarbeit.zielAendern(f.cm, ziel.id(), ziel.version(), new ZielDaten(ziel.bedarf(),
                wert(werte, "geaendertes Ziel", zufall("Neues Ziel ")), Zielstatus.ERREICHT, ziel.vereinbartAm(), null,
                LocalDate.of(2021, 6, 1)));
        fallarbeit.notieren(f.cm, id, new NotizDaten(LocalDate.of(2021, 4, 20), wert(werte, "Notiz", zufall("Notiz "))));
        Verweisung v = fallarbeit.verweisen(f.cm, id, new VerweisungDaten(Hilfeangebot.SCHULDNERBERATUNG,
                wert(werte, "Verweisung", zufall("Verweisung ")), LocalDate.of(2021, 4, 22), null, null, null))
                .verweisungen().get(0);
        fallarbeit.verweisungAendern(f.cm, v.id(), v.version(), new VerweisungDaten(v.stelle(), v.beschreibung(),
                v.am(), Verweisungsergebnis.VERMITTELT, wert(werte, "Verweisungsergebnis", zufall("Termin ")),
                LocalDate.of(2021, 5, 3)));

        // a dated fact with a note, struck with a reason; an assignment ended by Abbruch; a consent asked for
        TeilnehmerAkte mitMerkmal = eintraege.merkmalErfassen(f.cm, id, new MerkmalDaten(
                Personenmerkmal.BESCHAEFTIGUNGSVERBOT, LocalDate.of(2021, 4, 1), null,
                wert(werte, "Merkmalnotiz", zufall("Verbot "))));
        eintraege.streichen(f.cm, Eintragsart.MERKMAL, mitMerkmal.merkmale().get(0).id(),
                wert(werte, "Streichgrund", zufall("Irrtum ")));
        f.zuweisenMitAbbruch(id, false);
        wert(werte, "Abbruchgrund", "Umzug zur Schwester");
        assertThat(f.dienst.darfTeilen(f.cm, id, Einwilligungszweck.KLIENTENDATEI, LocalDate.of(2021, 5, 1))).isTrue();

        // an import of rows about the person (a move and the de-registration), the file named after her
        String geb = DEUTSCH.format(geburt);
        String abmeldegrund = wert(werte, "Abmeldegrund", zufall("Abmeldung "));
        byte[] liste = VerlaufsimportTest.csv(VerlaufsimportTest.KOPF, List.of(
                "Umzug;" + korrigiert + ";" + vorname + ";" + geb + ";01.10.2021;Kaarst;;;;;;;;",
                "Abmeldung;" + korrigiert + ";" + vorname + ";" + geb + ";31.12.2021;;;;;;;;" + abmeldegrund
                        + ";mangelnde Mitwirkung"));
        Importbericht bericht = importer.importieren(f.cm, "Verlauf " + korrigiert + ".csv", liste,
                Importoptionen.standard());
        assertThat(bericht.fehler()).isEmpty();
        assertThat(bericht.uebernommen()).isEqualTo(2);

        // the data subject's access request, then the erasure with a reason that names her
        assertThat(auskunft.auskunft(f.ki, id).protokoll()).isNotEmpty();
        Loeschbescheid b = loeschung.loeschen(f.ki, id, "Antrag von " + vorname + " " + korrigiert + " vom " + geb);
        assertThat(b.geloescht()).isTrue();

        keinerDerWerteImProtokoll(werte);
        // the entries under the person's id are there, and who did what when stays answerable
        List<AuditEintrag> eintraegeZurPerson = transaktion.lesen(f.admin.kreisSlug(), () -> audit.zumObjekt(id));
        assertThat(eintraegeZurPerson).extracting(AuditEintrag::aktion).contains("AUFGENOMMEN", "GELESEN",
                "GEAENDERT", "ZIEL_VEREINBART", "ZIEL_GEAENDERT", "NOTIERT", "VERWIESEN", "VERWEISUNG_GEAENDERT",
                "MERKMAL", "GESTRICHEN", "ZUGEWIESEN", "ZUWEISUNG_BEENDET", "EINWILLIGUNG_GEPRUEFT", "IMPORTIERT",
                "AUSKUNFT", "GELOESCHT");
        assertThat(eintraegeZurPerson).extracting(AuditEintrag::benutzer).contains(f.cm.benutzername(),
                f.ki.benutzername());
        assertThat(eintraegeZurPerson).filteredOn(e -> e.aktion().equals("GEAENDERT")).singleElement()
                .extracting(AuditEintrag::aenderung).isEqualTo("{\"felder\":[\"nachname\",\"sprachniveau\"]}");
        assertThat(eintraegeZurPerson).filteredOn(e -> e.aktion().equals("ZIEL_VEREINBART")).singleElement()
                .extracting(AuditEintrag::aenderung).isEqualTo("{\"felder\":[\"bedarf\",\"ziel\",\"status\","
                        + "\"vereinbartAm\"]}");
    }

    @Test
    void nachDerAnonymisierungStehtNichtsMehrVonDerPersonImProtokoll() {
        Map<String, String> werte = new LinkedHashMap<>();
        String vorname = wert(werte, "vorname", zufall("Av"));
        String nachname = wert(werte, "nachname", zufall("An"));
        LocalDate geburt = LocalDate.of(1997, 1, 1).plusDays(ZUFALL.nextInt(360));
        wert(werte, "Geburtsdatum ISO", geburt.toString());
        UUID id = f.aufnahmedienst.aufnehmen(f.cm, new AufnahmeAntrag(new TeilnehmerDaten(vorname, nachname, geburt,
                f.neuss, null, null), new AufenthaltDaten(Aufenthaltsstatus.DULDUNG,
                Datenschutzfaelle.AUFNAHME.minusMonths(6), null), GEMEINSAM_KLAPPTS, Datenschutzfaelle.AUFNAHME, null,
                null, null, null, List.of())).teilnehmer().id();
        assertThat(f.dienst.suchen(f.cm, suche(vorname)).gesamt()).isEqualTo(1);
        fallarbeit.notieren(f.cm, id, new NotizDaten(LocalDate.of(2021, 4, 20), wert(werte, "Notiz", zufall("Notiz "))));
        Teilnehmer t = f.dienst.akte(f.cm, id).teilnehmer();
        f.teilnahmen.abmeldenPerson(f.cm, id, t.version(), new Abmeldung(LocalDate.of(2021, 6, 30),
                wert(werte, "Abmeldegrund", zufall("Abmeldung ")), null, null));

        aufbewahrung.anonymisieren(f.ki, null);

        assertThat(f.dienst.akte(f.cm, id).teilnehmer().nachname()).isNotEqualTo(nachname);
        keinerDerWerteImProtokoll(werte);
        assertThat(transaktion.lesen(f.admin.kreisSlug(), () -> audit.zumObjekt(id))).extracting(AuditEintrag::aktion)
                .contains("AUFGENOMMEN", "NOTIERT", "ABGEMELDET", "ANONYMISIERT");
    }

    @Test
    void gremienpersonenStehenNurMitIhrerIdImProtokoll() {
        Map<String, String> werte = new LinkedHashMap<>();
        String name = wert(werte, "Name", zufall("Gp"));
        String email = wert(werte, "E-Mail", zufall("mail").toLowerCase() + "@example.org");
        Person p = gremienpersonen.anlegen(f.admin, new PersonDaten(name, email,
                wert(werte, "Telefon", "0211 " + (1_000_000 + ZUFALL.nextInt(8_000_000))), null));
        gremienpersonen.aendern(f.admin, p.id(), p.version(), new PersonDaten(wert(werte, "neuer Name",
                zufall("Gq")), email, null, null));
        gremienpersonen.liste(f.admin);

        keinerDerWerteImProtokoll(werte);
        assertThat(new Datenbank(ctx).spalte("select aktion || ' ' || aenderung from " + schema
                + ".audit_log where objekt_id = '" + p.id() + "' order by id")).containsExactly(
                "ANGELEGT {\"felder\":[\"name\",\"email\",\"telefon\"]}",
                "GEAENDERT {\"felder\":[\"name\",\"telefon\"]}");
    }

    /** Searches every text column of both audit logs for each value; the positive control proves the search finds. */
    private void keinerDerWerteImProtokoll(Map<String, String> werte) {
        Datenbank db = new Datenbank(ctx);
        // configuration keeps its values: the search below does find what is in the log
        assertThat(treffer(db, schema, "Coaching Neuss") + treffer(db, "platform", f.admin.kreisSlug()))
                .as("Kontrolle: die Suche findet, was im Protokoll steht").isPositive();
        List<String> gefunden = new ArrayList<>();
        werte.forEach((was, wert) -> {
            if (treffer(db, schema, wert) + treffer(db, "platform", wert) > 0) {
                gefunden.add(was + " „" + wert + "“");
            }
        });
        assertThat(gefunden).as("im Audit-Protokoll gefunden").isEmpty();
    }

    /** Rows of {@code schemaName}.audit_log that hold {@code wert} (ignoring case) in any column of text type. */
    private static long treffer(Datenbank db, String schemaName, String wert) {
        List<String> spalten = db.spalte("select column_name from information_schema.columns where table_schema = '"
                + schemaName + "' and table_name = 'audit_log' and data_type in ('text', 'character varying',"
                + " 'json', 'jsonb')");
        assertThat(spalten).contains("benutzer", "aktion", "objekt_typ", "objekt_id", "aenderung");
        String muster = wert.toLowerCase().replace("'", "''");
        return db.anzahl("select count(*) from " + schemaName + ".audit_log where "
                + String.join(" or ", spalten.stream().map(s -> "strpos(lower(" + s + "::text), '" + muster + "') > 0")
                .toList()));
    }

    private static TeilnehmerFilter suche(String text) {
        return new TeilnehmerFilter(text, null, null, null, null, null, 0, 50);
    }

    private static String wert(Map<String, String> werte, String was, String wert) {
        werte.put(was, wert);
        return wert;
    }

    /**
     * A string no other test writes: the prefix and ten random ASCII letters (so JSON escaping cannot hide one in the
     * log).
     */
    private static String zufall(String praefix) {
        StringBuilder s = new StringBuilder(praefix);
        for (int i = 0; i < 10; i++) {
            s.append((char) ('a' + ZUFALL.nextInt(26)));
        }
        return s.toString();
    }
}
