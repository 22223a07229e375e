package de.teilhabe.platform.teilnehmer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Erasure on request (Art. 17 DSGVO) against PostgreSQL: refused while a duty runs, otherwise every row goes. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "teilhabe.plugins.verzeichnis", value = "${teilhabe.test.plugins}")
class LoeschungTest {

    @Inject ApplicationContext ctx;
    @Inject Loeschung loeschung;
    @Inject Mandanten mandanten;

    Datenschutzfaelle f;

    @BeforeAll
    void kreis() {
        f = new Datenschutzfaelle(ctx, "loesch");
    }

    @Test
    void gefoerderteZuweisungVerhindertDieLoeschungBisZumEndeDerPflicht() {
        UUID id = f.aufnehmen("Hamid", "Rahimi", LocalDate.of(1997, 3, 3));
        f.zuweisenMitAbbruch(id, true);
        f.abmelden(id, LocalDate.of(2021, 9, 30));

        Loeschbescheid b = loeschung.loeschen(f.ki, id, "Antrag der Person vom 01.11.2026");

        assertThat(b.geloescht()).isFalse();
        assertThat(b.grund()).isEqualTo("teilnehmer.loeschung.aufbewahrungspflicht");
        assertThat(b.pflichtBis()).isEqualTo(LocalDate.of(2031, 9, 30));
        List<String> protokoll = audit(id);
        // the duty and its end are named as fields; the date (it tells the de-registration day) is not in the log
        assertThat(protokoll.get(protokoll.size() - 1)).isEqualTo("LOESCHUNG_ABGELEHNT {\"felder\":[\"pflicht\",\"pflichtBis\"]}");
        assertThat(f.dienst.akte(f.cm, id).teilnehmer().nachname()).isEqualTo("Rahimi");
    }

    @Test
    void laufendeBetreuungWirdNichtGeloescht() {
        UUID id = f.aufnehmen("Mariam", "Ahmadi", LocalDate.of(1999, 4, 4));
        Loeschbescheid b = loeschung.loeschen(f.admin, id, "Antrag der Person");
        assertThat(b.geloescht()).isFalse();
        assertThat(b.grund()).isEqualTo("teilnehmer.loeschung.aktiv");
        assertThat(b.pflichtBis()).isNull();
        assertThat(f.dienst.akte(f.cm, id).teilnehmer().aktiv()).isTrue();
    }

    @Test
    void ohnePflichtWerdenAlleZeilenGeloescht() {
        UUID id = f.aufnehmenMitAusnahme("Samira", "Youssef", LocalDate.of(1997, 5, 5));
        f.zuweisenMitAbbruch(id, false);
        f.abmelden(id, LocalDate.of(2022, 1, 31));

        Loeschbescheid b = loeschung.loeschen(f.ki, id, "Antrag der Person vom 01.11.2026");

        assertThat(b.geloescht()).isTrue();
        assertThat(b.pflichtBis()).isNull();
        String schema = mandanten.schema(f.admin.kreisSlug()).schema();
        Datenbank db = new Datenbank(ctx);
        for (String tabelle : List.of("aufenthalt", "programmteilnahme", "einwilligung", "zuweisung")) {
            assertThat(db.anzahl("select count(*) from " + schema + "." + tabelle + " where teilnehmer_id = '" + id
                    + "'")).as(tabelle).isZero();
        }
        assertThat(db.anzahl("select count(*) from " + schema + ".teilnehmer where id = '" + id + "'")).isZero();
        fehler(() -> f.dienst.akte(f.cm, id), "teilnehmer.nicht.gefunden");
        String geloescht = audit(id).get(audit(id).size() - 1);
        // the tables rows went from, not the reason (free text); nothing of the person in any entry about her
        assertThat(geloescht).startsWith("GELOESCHT").contains("\"teilnehmer\"", "\"zuweisung\"", "\"einwilligung\"")
                .doesNotContain("Antrag", "\"programmfeld\"");
        assertThat(audit(id)).hasSizeGreaterThan(4).noneMatch(e -> e.contains("Youssef") || e.contains("Samira")
                || e.contains("1997-05-05") || e.contains("Vorbetreuung") || e.contains("Schwester")
                || e.contains("Nachbarin"));
        assertThat(db.spalte("select benutzer from " + schema + ".audit_log where objekt_id = '" + id
                + "' and aktion = 'GELOESCHT'")).containsExactly(f.ki.benutzername());
    }

    @Test
    void rechteGrundUndIsolation() {
        UUID id = f.aufnehmen("Yonas", "Berhane", LocalDate.of(1996, 5, 5));
        f.abmelden(id, LocalDate.of(2022, 1, 31));
        for (Rolle rolle : List.of(Rolle.MASSNAHMETRAEGER, Rolle.GREMIUM_LESERECHT, Rolle.CASE_MANAGEMENT)) {
            Nutzer n = f.mitRolle(rolle);
            fehler(() -> loeschung.loeschen(n, id, "Antrag"), "zugriff.verboten");
        }
        fehler(() -> loeschung.loeschen(f.ki, id, " "), "eingabe.ungueltig");
        Nutzer fremd = Programmumgebung.kreisMit(ctx, "loesch-b");
        fehler(() -> loeschung.loeschen(fremd, id, "Antrag"), "teilnehmer.nicht.gefunden");
        assertThat(f.dienst.akte(f.cm, id).teilnehmer().nachname()).isEqualTo("Berhane");
    }

    private List<String> audit(UUID id) {
        return new Datenbank(ctx).spalte("select aktion || ' ' || coalesce(aenderung, '') from "
                + mandanten.schema(f.admin.kreisSlug()).schema() + ".audit_log where objekt_id = '" + id
                + "' order by id");
    }

    private static void fehler(ThrowingCallable aufruf, String code) {
        assertThatThrownBy(aufruf).isInstanceOfSatisfying(FachlicherFehler.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }
}
