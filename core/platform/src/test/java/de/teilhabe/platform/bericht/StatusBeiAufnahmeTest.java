package de.teilhabe.platform.bericht;

import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The residence status on the intake day, kept on the participation by the triggers of V42 as the Kreis's own role
 * writes: entries dated before the intake count (also when entered later), entries after it do not, a moved
 * intake day is followed, and report (a) counts with it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusBeiAufnahmeTest implements TestPropertyProvider {

    @Inject ApplicationContext ctx;
    @Inject KreisTransaktion transaktion;
    @Inject DSLContext sql;
    @Inject Stichtagsberichte berichte;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("teilhabe.plugins.verzeichnis", Programmumgebung.pluginVerzeichnis());
    }

    @Test
    void derStatusAmAufnahmetagFolgtDemVerlauf() {
        Nutzer admin = Programmumgebung.kreisMit(ctx, "status-aufnahme", GEMEINSAM_KLAPPTS);
        UUID kommune = ctx.getBean(KommunenDienst.class).liste(admin).stream().map(Kommune::id).findFirst().orElseThrow();
        UUID person = UUID.randomUUID();
        schreiben(admin, "insert into teilnehmer (id, vorname, nachname, geburtsdatum, kommune_id, version)"
                + " values (?, 'Status', 'Test', date '2000-01-01', ?, 0)", person, kommune);
        schreiben(admin, "insert into wohnort (id, teilnehmer_id, kommune_id, ab, erfasst_von)"
                + " values (?, ?, ?, date '2020-01-01', 'test')", UUID.randomUUID(), person, kommune);
        schreiben(admin, "insert into programmteilnahme (id, teilnehmer_id, programm, aufgenommen_am, einstufung,"
                + " erfasst_von) values (?, ?, ?, date '2021-03-01', 'PRIMAER', 'test')", UUID.randomUUID(), person,
                GEMEINSAM_KLAPPTS);
        assertThat(status(admin, person)).as("no residence entry yet").isNull();

        aufenthalt(admin, person, "DULDUNG", "2020-01-01");
        assertThat(status(admin, person)).isEqualTo("DULDUNG");
        aufenthalt(admin, person, "GESTATTUNG", "2021-02-01");
        assertThat(status(admin, person)).as("entered later, dated before the intake").isEqualTo("GESTATTUNG");
        aufenthalt(admin, person, "AUFENTHALTSTITEL", "2021-06-01");
        assertThat(status(admin, person)).as("dated after the intake").isEqualTo("GESTATTUNG");
        assertThat(berichte.aufnahme(admin, GEMEINSAM_KLAPPTS, LocalDate.of(2021, 3, 31)).summe().gestattung())
                .isEqualTo(1);

        schreiben(admin, "update aufenthalt set ersetzt_am = now() where teilnehmer_id = ? and status = 'GESTATTUNG'",
                person);
        assertThat(status(admin, person)).as("the Gestattung entry superseded (a correction)").isEqualTo("DULDUNG");

        // the intake day is not overwritten — the database refuses; a correction supersedes the participation
        assertThatThrownBy(() -> schreiben(admin, "update programmteilnahme set aufgenommen_am = date '2021-07-01'"
                + " where teilnehmer_id = ?", person)).hasMessageContaining("permission denied");
        schreiben(admin, "update programmteilnahme set ersetzt_am = now() where teilnehmer_id = ?", person);
        schreiben(admin, "insert into programmteilnahme (id, teilnehmer_id, programm, aufgenommen_am, einstufung,"
                + " erfasst_von) values (?, ?, ?, date '2021-07-01', 'PRIMAER', 'test')", UUID.randomUUID(), person,
                GEMEINSAM_KLAPPTS);
        assertThat(status(admin, person)).as("intake day moved").isEqualTo("AUFENTHALTSTITEL");
        schreiben(admin, "delete from aufenthalt where teilnehmer_id = ?", person);
        assertThat(status(admin, person)).as("history erased").isNull();
    }

    private void aufenthalt(Nutzer admin, UUID person, String status, String ab) {
        schreiben(admin, "insert into aufenthalt (id, teilnehmer_id, status, ab, erfasst_von)"
                + " values (?, ?, ?, ?::date, 'test')",
                UUID.randomUUID(), person, status, ab);
    }

    private String status(Nutzer admin, UUID person) {
        return transaktion.lesen(admin.kreisSlug(), () -> sql.resultQuery(
                "select status_bei_aufnahme from programmteilnahme where teilnehmer_id = ? and ersetzt_am is null",
                person)
                .fetchSingle(0, String.class));
    }

    private void schreiben(Nutzer admin, String anweisung, Object... werte) {
        transaktion.schreiben(admin.kreisSlug(), () -> sql.execute(anweisung, werte));
    }
}
