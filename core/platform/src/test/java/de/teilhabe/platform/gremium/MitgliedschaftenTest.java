package de.teilhabe.platform.gremium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.teilhabe.platform.fehler.Art;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.mandant.KreisTransaktion;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class MitgliedschaftenTest {

    static final LocalDate KONSTITUIERT = GremienFixture.KONSTITUIERT;

    @Inject ApplicationContext ctx;

    GremienFixture f;
    Gremium lg;
    Person bruegge;

    @BeforeEach
    void kreis() {
        f = new GremienFixture(ctx, "mgl");
        lg = f.lenkungsgruppe();
        bruegge = f.person("Dirk Brügge");
    }

    MitgliedschaftDaten daten(Person p, Mitgliedsrolle rolle, LocalDate von, LocalDate bis) {
        return new MitgliedschaftDaten(p == null ? null : p.id(), null, rolle, "Kreisdirektor",
                "Rhein-Kreis Neuss", Organisationsart.KREISVERWALTUNG, null, von, bis);
    }

    @Test
    void pflichtangabenSindRegelnDerDatensaetze() {
        pflicht(() -> f.mitgliedschaften.anlegen(f.ki, lg.id(), new MitgliedschaftDaten(bruegge.id(), null, null,
                "Kreisdirektor", " ", null, null, null, null)), "organisation", "organisationsart", "rolle", "von");
        pflicht(() -> f.personen.anlegen(f.ki, new PersonDaten(" ", null, null, null)), "name");
        pflicht(() -> f.mitgliedschaften.beenden(f.ki, java.util.UUID.randomUUID(), 0L, new Mitgliedschaftsende(null)),
                "bis");
        pflicht(() -> ctx.getBean(SitzeDienst.class).anlegen(f.ki, lg.id(), new SitzDaten(null, "", false)),
                "funktion", "rolle");
        SitzungAnsicht s = f.sitzung(lg, KONSTITUIERT.plusMonths(1));
        pflicht(() -> f.beschluesse.anlegen(f.ki, s.sitzung().id(), new BeschlussDaten(" ", null)), "text");
        GremiumAnsicht ansicht = f.gremien.ansicht(f.ki, lg.id());
        assertThat(ansicht.mitglieder()).isEmpty();
        assertThat(ansicht.sitze()).isEmpty();
        assertThat(f.personen.liste(f.ki)).extracting(Person::name).containsExactly("Dirk Brügge");
    }

    private static void pflicht(org.assertj.core.api.ThrowableAssert.ThrowingCallable aufruf, String... felder) {
        assertThatThrownBy(aufruf).isInstanceOfSatisfying(FachlicherFehler.class, e -> {
            assertThat(e.art()).isEqualTo(Art.UNGUELTIG);
            assertThat(e.feldfehler()).extracting(Feldfehler::feld).containsExactly(felder);
            assertThat(e.feldfehler()).extracting(Feldfehler::code).containsOnly("pflichtfeld");
        });
    }

    @Test
    void zweiVorsitzeZugleichWerdenAbgelehntEineUebergabeNicht() {
        Mitgliedschaft vorsitz = f.mitgliedschaften.anlegen(f.ki, lg.id(),
                daten(bruegge, Mitgliedsrolle.VORSITZ, KONSTITUIERT, null));
        Person nachfolge = f.person("Maria Nachfolge");
        assertThatThrownBy(() -> f.mitgliedschaften.anlegen(f.ki, lg.id(),
                daten(nachfolge, Mitgliedsrolle.VORSITZ, LocalDate.of(2024, 1, 1), null)))
                .isInstanceOfSatisfying(FachlicherFehler.class, e -> {
                    assertThat(e.feldfehler()).extracting(Feldfehler::feld, Feldfehler::code)
                            .containsExactly(tuple("rolle", "gremium.mitgliedschaft.vorsitz.doppelt"));
                    assertThat(e.feldfehler().get(0).text(Locale.GERMAN)).startsWith(
                            "Den Vorsitz hat in diesem Zeitraum bereits Dirk Brügge (17.03.2021 bis …).");
                    assertThat(e.feldfehler().get(0).text(Locale.ENGLISH)).startsWith(
                            "Dirk Brügge already chairs the committee in this period (17.03.2021 to …).");
                });

        Mitgliedschaft beendet = f.mitgliedschaften.beenden(f.ki, vorsitz.id(), vorsitz.version(),
                new Mitgliedschaftsende(LocalDate.of(2023, 12, 31)));
        assertThat(beendet.bis()).isEqualTo(LocalDate.of(2023, 12, 31));
        f.mitgliedschaften.anlegen(f.ki, lg.id(), daten(nachfolge, Mitgliedsrolle.VORSITZ, LocalDate.of(2024, 1, 1),
                null));
        assertThat(f.struktur.struktur(f.leser, "kim", LocalDate.of(2023, 6, 1)).wurzeln().get(0).vorsitz().person())
                .isEqualTo("Dirk Brügge");
        assertThat(f.struktur.struktur(f.leser, "kim", LocalDate.of(2024, 6, 1)).wurzeln().get(0).vorsitz().person())
                .isEqualTo("Maria Nachfolge");
        assertThat(f.gremien.ansicht(f.leser, lg.id()).mitglieder()).extracting(Mitglied::person, Mitglied::bis)
                .containsExactly(tuple("Maria Nachfolge", null), tuple("Dirk Brügge", LocalDate.of(2023, 12, 31)));
    }

    @Test
    void mitgliedschaftAusserhalbDerBestehenszeitWirdAbgelehnt() {
        assertThatThrownBy(() -> f.mitgliedschaften.anlegen(f.ki, lg.id(),
                daten(bruegge, Mitgliedsrolle.MITGLIED, LocalDate.of(2021, 3, 16), null)))
                .isInstanceOfSatisfying(FachlicherFehler.class, e -> {
                    assertThat(e.feldfehler()).extracting(Feldfehler::feld, Feldfehler::code)
                            .containsExactly(tuple("von", "gremium.mitgliedschaft.vor.konstituierung"));
                    assertThat(e.feldfehler().get(0).text(Locale.GERMAN)).isEqualTo("„Lenkungsgruppe“ besteht erst "
                            + "seit der Konstituierung am 17.03.2021; die Mitgliedschaft kann nicht früher beginnen.");
                });
        Gremium aufgeloest = f.gremien.anlegen(f.ki, new GremiumDaten("Bündniskerngruppe",
                GremiumTyp.BUENDNISKERNGRUPPE, Ebene.STEUERUNG, java.util.List.of("durchstarten"), null, null, null,
                null, LocalDate.of(2020, 1, 29), LocalDate.of(2022, 6, 30)));
        assertThatThrownBy(() -> f.mitgliedschaften.anlegen(f.ki, aufgeloest.id(),
                daten(bruegge, Mitgliedsrolle.VORSITZ, LocalDate.of(2020, 1, 29), null)))
                .isInstanceOfSatisfying(FachlicherFehler.class, e -> assertThat(e.feldfehler())
                        .extracting(Feldfehler::feld, Feldfehler::code)
                        .containsExactly(tuple("bis", "gremium.mitgliedschaft.nach.aufloesung")));
        assertThatThrownBy(() -> f.mitgliedschaften.anlegen(f.ki, lg.id(),
                daten(bruegge, Mitgliedsrolle.MITGLIED, LocalDate.of(2022, 1, 1), LocalDate.of(2021, 12, 31))))
                .isInstanceOfSatisfying(FachlicherFehler.class, e -> assertThat(e.feldfehler())
                        .extracting(Feldfehler::code).containsExactly("gremium.mitgliedschaft.bis.vor.von"));
        assertThat(f.gremien.ansicht(f.ki, lg.id()).mitglieder()).isEmpty();
    }

    @Test
    void vertretungNenntWenSieVertritt() {
        Person jobcenter = f.person("Leitung Jobcenter");
        Person stellv = f.person("Stellv. Leitung Jobcenter");
        Mitgliedschaft mitglied = f.mitgliedschaften.anlegen(f.ki, lg.id(),
                daten(jobcenter, Mitgliedsrolle.MITGLIED, KONSTITUIERT, null));
        assertThatThrownBy(() -> f.mitgliedschaften.anlegen(f.ki, lg.id(),
                daten(stellv, Mitgliedsrolle.VERTRETUNG, KONSTITUIERT, null)))
                .isInstanceOfSatisfying(FachlicherFehler.class, e -> assertThat(e.feldfehler())
                        .extracting(Feldfehler::feld, Feldfehler::code)
                        .containsExactly(tuple("vertrittId", "gremium.mitgliedschaft.vertretung.fehlt")));
        MitgliedschaftDaten vorher = new MitgliedschaftDaten(stellv.id(), null, Mitgliedsrolle.VERTRETUNG, null,
                "Jobcenter", Organisationsart.BEHOERDE, mitglied.id(), KONSTITUIERT, null);
        Mitgliedschaft vertretung = f.mitgliedschaften.anlegen(f.ki, lg.id(), vorher);
        assertThat(f.gremien.ansicht(f.leser, lg.id()).mitglieder())
                .filteredOn(m -> m.rolle() == Mitgliedsrolle.VERTRETUNG).singleElement()
                .satisfies(m -> assertThat(m.vertritt()).isEqualTo("Leitung Jobcenter"));
        MitgliedschaftDaten keineRolle = new MitgliedschaftDaten(stellv.id(), null, Mitgliedsrolle.MITGLIED, null,
                "Jobcenter", Organisationsart.BEHOERDE, mitglied.id(), KONSTITUIERT, null);
        assertThatThrownBy(() -> f.mitgliedschaften.aendern(f.ki, vertretung.id(), vertretung.version(), keineRolle))
                .isInstanceOfSatisfying(FachlicherFehler.class, e -> assertThat(e.feldfehler())
                        .extracting(Feldfehler::code).contains("gremium.mitgliedschaft.vertretung.nur.bei.rolle"));

        f.mitgliedschaften.beenden(f.ki, mitglied.id(), mitglied.version(),
                new Mitgliedschaftsende(LocalDate.of(2022, 12, 31)));
        assertThat(f.gremien.ansicht(f.ki, lg.id()).mitglieder()).extracting(Mitglied::id, Mitglied::bis)
                .containsExactlyInAnyOrder(tuple(mitglied.id(), LocalDate.of(2022, 12, 31)),
                        tuple(vertretung.id(), LocalDate.of(2022, 12, 31)));
    }

    @Test
    void einePersonInMehrerenGremienAberNichtDoppeltInEinem() {
        Gremium ag = f.unter(lg, "Arbeitsgruppe Strukturebene", Ebene.STRUKTUR);
        Person ki = f.person("Anna Beispiel");
        f.mitgliedschaften.anlegen(f.ki, lg.id(), daten(ki, Mitgliedsrolle.GESCHAEFTSFUEHRUNG, KONSTITUIERT, null));
        f.mitgliedschaften.anlegen(f.ki, ag.id(), daten(ki, Mitgliedsrolle.GESCHAEFTSFUEHRUNG, KONSTITUIERT, null));
        assertThatThrownBy(() -> f.mitgliedschaften.anlegen(f.ki, ag.id(),
                daten(ki, Mitgliedsrolle.MITGLIED, LocalDate.of(2022, 1, 1), null)))
                .isInstanceOfSatisfying(FachlicherFehler.class, e -> assertThat(e.feldfehler())
                        .extracting(Feldfehler::feld, Feldfehler::code)
                        .containsExactly(tuple("personId", "gremium.mitgliedschaft.doppelt")));
        Struktur s = f.struktur.struktur(f.leser, "kim", LocalDate.of(2022, 1, 1));
        assertThat(s.anzahlMitglieder()).isEqualTo(2);
        assertThat(s.wurzeln().get(0).mitglieder()).extracting(Mitglied::person).containsExactly("Anna Beispiel");
        assertThat(s.wurzeln().get(0).untergremien().get(0).mitglieder()).extracting(Mitglied::person)
                .containsExactly("Anna Beispiel");
    }

    @Test
    void beendenLoeschtNichtsUndDieDatenbankVerweigertDasLoeschen() {
        Mitgliedschaft m = f.mitglied(lg, bruegge, Mitgliedsrolle.VORSITZ, KONSTITUIERT);
        f.mitgliedschaften.beenden(f.ki, m.id(), m.version(), new Mitgliedschaftsende(LocalDate.of(2021, 12, 31)));
        assertThat(f.gremien.ansicht(f.ki, lg.id()).mitglieder()).singleElement()
                .satisfies(x -> assertThat(x.bis()).isEqualTo(LocalDate.of(2021, 12, 31)));
        assertThatThrownBy(() -> f.mitgliedschaften.beenden(f.ki, m.id(), m.version(),
                new Mitgliedschaftsende(LocalDate.of(2022, 1, 1))))
                .isInstanceOfSatisfying(FachlicherFehler.class, e -> assertThat(e.code()).isEqualTo("konflikt.veraltet"));

        KreisTransaktion transaktion = ctx.getBean(KreisTransaktion.class);
        JdbcOperations jdbc = ctx.getBean(JdbcOperations.class);
        assertThatThrownBy(() -> transaktion.schreiben(f.slug, () -> jdbc.prepareStatement(
                "with x as (delete from mitgliedschaft returning 1) select count(*) from x", st -> st.execute())))
                .rootCause().hasMessageContaining("permission denied for table mitgliedschaft");
        Long anzahl = transaktion.lesen(f.slug, () -> jdbc.prepareStatement("select count(*) from mitgliedschaft",
                st -> {
                    try (var rs = st.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }));
        assertThat(anzahl).isEqualTo(1L);
    }
}
