package de.teilhabe.platform.teilnehmer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.mandant.Mandanten;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.Datenbank;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Retention and anonymisation against PostgreSQL with the real program plugins; every test has a Kreis of its
 * own, so the counts are exact. Cases are taken in on 31.03.2021; the reference dates lie in the past.
 */
@MicronautTest(transactional = false)
@Property(name = "teilhabe.plugins.verzeichnis", value = "${teilhabe.test.plugins}")
class AufbewahrungTest {

    static final LocalDate NACH_DREI_JAHREN = LocalDate.of(2025, 1, 1);

    @Inject ApplicationContext ctx;
    @Inject Aufbewahrung aufbewahrung;
    @Inject Aufbewahrungslauf lauf;
    @Inject Mandanten mandanten;

    @Test
    void abgelaufenerFallWirdAnonymisiertLaufenderUndAktiverNicht() {
        Datenschutzfaelle f = new Datenschutzfaelle(ctx, "aufb");
        UUID alt = f.aufnehmenMitAusnahme("Dawit", "Tesfaye", LocalDate.of(1997, 6, 15));
        f.zuweisenMitAbbruch(alt, false);
        f.abmelden(alt, LocalDate.of(2021, 9, 30));
        UUID alt2 = f.aufnehmen("Amina", "Haddad", LocalDate.of(1997, 11, 2));
        f.abmelden(alt2, LocalDate.of(2021, 10, 31));
        UUID innerhalb = f.aufnehmen("Omid", "Karimi", LocalDate.of(1998, 2, 2));
        f.abmelden(innerhalb, LocalDate.of(2023, 6, 30));
        UUID aktiv = f.aufnehmen("Mariam", "Ahmadi", LocalDate.of(1999, 4, 4));
        TeilnehmerAkte vorher = f.dienst.akte(f.cm, innerhalb);

        Aufbewahrungsbericht probe = aufbewahrung.pruefen(f.ki, NACH_DREI_JAHREN);
        assertThat(probe.ausgefuehrt()).isFalse();
        assertThat(probe.anzahl()).containsEntry(Aufbewahrungstyp.TEILNEHMER, 2)
                .containsEntry(Aufbewahrungstyp.EINWILLIGUNG, 2).containsEntry(Aufbewahrungstyp.ZUWEISUNG, 0)
                .containsEntry(Aufbewahrungstyp.ZUWEISUNG_GEFOERDERT, 0);
        assertThat(probe.faellig()).filteredOn(x -> x.typ() == Aufbewahrungstyp.TEILNEHMER)
                .extracting(Aufbewahrungsbericht.Faellig::id, Aufbewahrungsbericht.Faellig::faelligAb)
                .containsExactly(tuple(alt, LocalDate.of(2024, 9, 30)), tuple(alt2, LocalDate.of(2024, 10, 31)));
        assertThat(probe.toString()).doesNotContain("Tesfaye", "Dawit", "Haddad");
        // the dry run changed nothing
        assertThat(f.dienst.akte(f.cm, alt).teilnehmer().nachname()).isEqualTo("Tesfaye");

        Aufbewahrungsbericht lauf1 = aufbewahrung.anonymisieren(f.ki, NACH_DREI_JAHREN);
        assertThat(lauf1.ausgefuehrt()).isTrue();
        assertThat(lauf1.anzahl()).isEqualTo(probe.anzahl());
        assertThat(lauf1.gesamt()).isEqualTo(4);

        TeilnehmerAkte akte = f.dienst.akte(f.cm, alt);
        Teilnehmer t = akte.teilnehmer();
        assertThat(t.vorname()).isEqualTo("anonymisiert");
        assertThat(t.nachname()).isEqualTo("anonymisiert");
        assertThat(t.geburtsdatum()).isEqualTo(LocalDate.of(1997, 1, 1));
        assertThat(t.fallverantwortung()).isNull();
        assertThat(t.abmeldegrund()).isEqualTo("anonymisiert");
        assertThat(t.abgemeldetAm()).isEqualTo(LocalDate.of(2021, 9, 30));
        assertThat(akte.kommune()).isEqualTo("Neuss");
        assertThat(akte.aufenthalte()).extracting(Aufenthalt::status, Aufenthalt::notiz)
                .containsExactly(tuple(de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus.AUFENTHALTSTITEL, null));
        assertThat(akte.programme()).singleElement().satisfies(p -> {
            assertThat(p.einstufung()).isEqualTo("NICHT_ZIELGRUPPE");
            assertThat(p.ausnahmeGrund()).isEqualTo("anonymisiert");
            assertThat(p.ausnahmeGenehmigtVon()).isEqualTo("anonymisiert");
        });
        assertThat(akte.einwilligungen()).isEmpty();
        // the assignment's own period (5 years) has not run out yet: outcome and reason still there
        assertThat(akte.zuweisungen()).extracting(Zuweisung::ergebnis, Zuweisung::abbruchgrund)
                .containsExactly(tuple(Zuweisungsergebnis.ABBRUCH, "Umzug zur Schwester nach Köln"));
        // two anonymised people of the same year and Kommune do not collide
        assertThat(f.dienst.akte(f.cm, alt2).teilnehmer().geburtsdatum()).isEqualTo(LocalDate.of(1997, 1, 1));

        // within the period and active: untouched
        assertThat(f.dienst.akte(f.cm, innerhalb)).isEqualTo(vorher);
        assertThat(f.dienst.akte(f.cm, aktiv).teilnehmer().nachname()).isEqualTo("Ahmadi");

        // not found by name, not a duplicate of anyone: the same person can be taken in again
        assertThat(f.dienst.suchen(f.cm, suche("Tesfaye")).gesamt()).isZero();
        assertThat(f.dienst.suchen(f.cm, suche("anonym")).gesamt()).isZero();
        assertThat(f.dienst.suchen(f.cm, suche("Karimi")).gesamt()).isOne();
        UUID wieder = f.aufnehmen("Amina", "Haddad", LocalDate.of(1997, 11, 2));
        assertThat(wieder).isNotEqualTo(alt2);

        // a second run finds nothing
        assertThat(aufbewahrung.pruefen(f.ki, NACH_DREI_JAHREN).gesamt()).isZero();
        assertThat(aufbewahrung.anonymisieren(f.admin, NACH_DREI_JAHREN).gesamt()).isZero();

        // five years after the de-registration the assignment's drop-out reason goes, its outcome stays
        Aufbewahrungsbericht spaeter = aufbewahrung.anonymisieren(f.ki, LocalDate.of(2026, 10, 1));
        assertThat(spaeter.faellig()).extracting(Aufbewahrungsbericht.Faellig::typ,
                Aufbewahrungsbericht.Faellig::teilnehmerId).contains(tuple(Aufbewahrungstyp.ZUWEISUNG, alt),
                tuple(Aufbewahrungstyp.TEILNEHMER, innerhalb));
        assertThat(f.dienst.akte(f.cm, alt).zuweisungen()).extracting(Zuweisung::ergebnis, Zuweisung::bis,
                Zuweisung::abbruchgrund).containsExactly(tuple(Zuweisungsergebnis.ABBRUCH, LocalDate.of(2021, 7, 1),
                "anonymisiert"));

        List<String> protokoll = audit(f, "aktion || ' ' || coalesce(aenderung, '')", "Aufbewahrung");
        assertThat(protokoll.get(0)).startsWith("ANONYMISIERT").contains("\"TEILNEHMER\":2", "\"EINWILLIGUNG\":2",
                "\"stichtag\":\"2025-01-01\"");
        assertThat(String.join("\n", protokoll)).doesNotContain("Tesfaye", "Haddad");
        assertThat(new Datenbank(ctx).spalte("select benutzer || ':' || aktion from "
                + mandanten.schema(f.admin.kreisSlug()).schema() + ".audit_log where objekt_id = '" + alt
                + "' and aktion = 'ANONYMISIERT' order by id"))
                .containsExactly(f.ki.benutzername() + ":ANONYMISIERT", f.ki.benutzername() + ":ANONYMISIERT");
    }

    @Test
    void gefoerderteZuweisungHaeltDieStammdatenZehnJahre() {
        Datenschutzfaelle f = new Datenschutzfaelle(ctx, "aufb-f");
        UUID id = f.aufnehmen("Hamid", "Rahimi", LocalDate.of(1997, 3, 3));
        f.zuweisenMitAbbruch(id, true);
        f.abmelden(id, LocalDate.of(2021, 9, 30));

        Aufbewahrungsbericht b = aufbewahrung.pruefen(f.admin, LocalDate.now());
        assertThat(b.faellig()).extracting(Aufbewahrungsbericht.Faellig::typ).containsExactly(
                Aufbewahrungstyp.EINWILLIGUNG);
    }

    @Test
    void regelnJeKreisMitStandardwerten() {
        Datenschutzfaelle f = new Datenschutzfaelle(ctx, "aufb-r");
        assertThat(aufbewahrung.regeln(f.admin)).extracting(Aufbewahrungsregel::typ, Aufbewahrungsregel::jahre)
                .containsExactly(tuple(Aufbewahrungstyp.TEILNEHMER, 3), tuple(Aufbewahrungstyp.EINWILLIGUNG, 3),
                        tuple(Aufbewahrungstyp.ZUWEISUNG, 5), tuple(Aufbewahrungstyp.ZUWEISUNG_GEFOERDERT, 10));
        UUID id = f.aufnehmen("Samir", "Nasser", LocalDate.of(1998, 8, 8));
        f.abmelden(id, LocalDate.of(2023, 6, 30));
        assertThat(aufbewahrung.pruefen(f.admin, NACH_DREI_JAHREN).gesamt()).isZero();

        Aufbewahrungsregel regel = aufbewahrung.regeln(f.admin).get(0);
        Aufbewahrungsregel neu = aufbewahrung.aendern(f.admin, Aufbewahrungstyp.TEILNEHMER, regel.version(),
                new Frist(1));
        assertThat(neu.jahre()).isEqualTo(1);
        assertThat(neu.standardJahre()).isEqualTo(3);
        assertThat(aufbewahrung.pruefen(f.admin, NACH_DREI_JAHREN).faellig())
                .extracting(Aufbewahrungsbericht.Faellig::typ, Aufbewahrungsbericht.Faellig::id)
                .containsExactly(tuple(Aufbewahrungstyp.TEILNEHMER, id));

        fehler(() -> aufbewahrung.aendern(f.admin, Aufbewahrungstyp.TEILNEHMER, neu.version(), new Frist(0)),
                "eingabe.ungueltig");
        assertThatThrownBy(() -> aufbewahrung.aendern(f.admin, Aufbewahrungstyp.TEILNEHMER, neu.version(),
                new Frist(null))).isInstanceOfSatisfying(FachlicherFehler.class, e -> assertThat(e.feldfehler())
                .extracting(ff -> ff.feld() + ":" + ff.code()).containsExactly("jahre:pflichtfeld"));
        fehler(() -> aufbewahrung.aendern(f.admin, Aufbewahrungstyp.TEILNEHMER, regel.version(), new Frist(2)),
                "konflikt.veraltet");
        fehler(() -> aufbewahrung.aendern(f.ki, Aufbewahrungstyp.TEILNEHMER, neu.version(), new Frist(2)),
                "zugriff.verboten");
        fehler(() -> aufbewahrung.anonymisieren(f.admin, LocalDate.now().plusDays(1)), "eingabe.ungueltig");
        // a second Kreis keeps its defaults
        Nutzer anderer = Programmumgebung.kreisMit(ctx, "aufb-r2");
        assertThat(aufbewahrung.regeln(anderer).get(0).jahre()).isEqualTo(3);
    }

    @Test
    void nurKiKoordinationUndKreisAdmin() {
        Datenschutzfaelle f = new Datenschutzfaelle(ctx, "aufb-rollen");
        for (Rolle rolle : List.of(Rolle.MASSNAHMETRAEGER, Rolle.GREMIUM_LESERECHT, Rolle.CASE_MANAGEMENT)) {
            Nutzer n = f.mitRolle(rolle);
            fehler(() -> aufbewahrung.pruefen(n, NACH_DREI_JAHREN), "zugriff.verboten");
            fehler(() -> aufbewahrung.anonymisieren(n, NACH_DREI_JAHREN), "zugriff.verboten");
            fehler(() -> aufbewahrung.regeln(n), "zugriff.verboten");
        }
    }

    @Test
    void einKreisAnonymisiertKeineFremdenUndDerLaufUebergehtFehler() {
        Datenschutzfaelle a = new Datenschutzfaelle(ctx, "aufb-a");
        UUID id = a.aufnehmen("Yonas", "Berhane", LocalDate.of(1996, 5, 5));
        a.abmelden(id, LocalDate.of(2021, 9, 30));
        Nutzer b = Programmumgebung.kreisMit(ctx, "aufb-b");

        assertThat(aufbewahrung.anonymisieren(b, NACH_DREI_JAHREN).gesamt()).isZero();
        assertThat(a.dienst.akte(a.cm, id).teilnehmer().nachname()).isEqualTo("Berhane");

        // the nightly job: a Kreis that fails is skipped, the others still run
        Map<String, String> kreise = new LinkedHashMap<>();
        kreise.put(b.kreisSlug(), b.kreisName());
        kreise.put("gibt-es-nicht", "Kreis ohne Schema");
        kreise.put(a.admin.kreisSlug(), a.admin.kreisName());
        Map<String, Aufbewahrungsbericht> berichte = lauf.laufen(kreise, NACH_DREI_JAHREN);
        assertThat(berichte).containsOnlyKeys(b.kreisSlug(), a.admin.kreisSlug());
        assertThat(berichte.get(a.admin.kreisSlug()).anzahl()).containsEntry(Aufbewahrungstyp.TEILNEHMER, 1);
        assertThat(a.dienst.akte(a.cm, id).teilnehmer().nachname()).isEqualTo("anonymisiert");
        assertThat(audit(a, "benutzer", "Aufbewahrung")).containsExactly(Aufbewahrungslauf.SYSTEM);
        // in the tests the schedule is switched off
        assertThat(ctx.containsBean(AufbewahrungsZeitplan.class)).isFalse();
    }

    private List<String> audit(Datenschutzfaelle f, String spalte, String objektTyp) {
        return new Datenbank(ctx).spalte("select " + spalte + " from " + mandanten.schema(f.admin.kreisSlug()).schema()
                + ".audit_log where objekt_typ = '" + objektTyp + "' order by id");
    }

    private static TeilnehmerFilter suche(String text) {
        return new TeilnehmerFilter(text, null, null, null, null, null, 0, 50);
    }

    private static void fehler(org.assertj.core.api.ThrowableAssert.ThrowingCallable aufruf, String code) {
        assertThatThrownBy(aufruf).isInstanceOfSatisfying(FachlicherFehler.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }
}
