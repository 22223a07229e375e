package de.teilhabe.platform.finanzierung;

import static de.teilhabe.platform.finanzierung.Programmumgebung.DURCHSTARTEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.plugin.api.baustein.Finanzierungsaufteilung;
import de.teilhabe.plugin.api.baustein.Foerderquote;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Kreis Coesfeld's own share (seed 003): „Der vom Land geforderte Eigenanteil von bis zu 20 % wird in den Jahren
 * 2020 (ca. 13.500 €) und 2021 (ca. 102.900 €) aus Mitteln der Integrationspauschale refinanziert“ — and the check
 * against the Durchstarten plugin's minimum of 20 %.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EigenanteilTest implements TestPropertyProvider {

    static final String INTEGRATIONSPAUSCHALE = "Integrationspauschale (§ 14c TIntG)";
    static final BigDecimal EIGEN_2020 = new BigDecimal("13500.00");
    static final BigDecimal EIGEN_2021 = new BigDecimal("102900.00");

    @Inject ApplicationContext ctx;
    @Inject Eigenanteile eigenanteile;
    @Inject Zuwendungsbescheide bescheide;
    @Inject Finanzuebersicht uebersicht;

    Nutzer admin;
    Baustein fb4;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("teilhabe.plugins.verzeichnis", Programmumgebung.pluginVerzeichnis());
    }

    @BeforeAll
    void kreis() {
        admin = Programmumgebung.kreisMit(ctx, "coe", DURCHSTARTEN);
        fb4 = Programmumgebung.baustein(ctx, admin, DURCHSTARTEN, 4, LocalDate.of(2020, 1, 1),
                LocalDate.of(2022, 6, 30));
    }

    @Test
    void coesfeldsEigenanteilFuerDasProgrammJeJahr() {
        Eigenanteil e2020 = eigenanteile.anlegen(admin, new EigenanteilDaten(DURCHSTARTEN, null, 2020, EIGEN_2020,
                INTEGRATIONSPAUSCHALE, "ca.-Betrag laut Vorlage"));
        Eigenanteil e2021 = eigenanteile.anlegen(admin, new EigenanteilDaten(DURCHSTARTEN, null, 2021, EIGEN_2021,
                INTEGRATIONSPAUSCHALE, null));
        assertThat(eigenanteile.liste(admin, DURCHSTARTEN)).extracting(Eigenanteil::jahr, Eigenanteil::betrag,
                Eigenanteil::quelle).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2020, EIGEN_2020, INTEGRATIONSPAUSCHALE),
                org.assertj.core.groups.Tuple.tuple(2021, EIGEN_2021, INTEGRATIONSPAUSCHALE));
        Finanzstand stand = uebersicht.stand(admin, DURCHSTARTEN);
        assertThat(stand.eigenanteil()).isEqualTo("116400.00");
        assertThat(stand.eigenanteilOhneBaustein()).isEqualTo("116400.00");
        assertThat(stand.massgeblich()).isNull();
        assertThat(stand.jahre()).extracting(Finanzstand.Jahreszeile::bausteinId, Finanzstand.Jahreszeile::jahr,
                Finanzstand.Jahreszeile::eigenanteil).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, 2020, EIGEN_2020),
                org.assertj.core.groups.Tuple.tuple(null, 2021, EIGEN_2021));
        assertThat(stand.warnungen()).isEmpty();

        assertThatThrownBy(() -> eigenanteile.anlegen(admin, new EigenanteilDaten(DURCHSTARTEN, null, 2021,
                BigDecimal.ONE, " integrationspauschale (§ 14C TIntG) ", null)))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.feldfehler())
                        .extracting(Feldfehler::feld, Feldfehler::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("quelle", "finanzierung.eigenanteil.doppelt")));
        eigenanteile.loeschen(admin, e2020.id(), e2020.version());
        eigenanteile.loeschen(admin, e2021.id(), e2021.version());
    }

    /**
     * At exactly 20 % the own share of 13.500 € goes with 54.000 € state funds (the plugin's own split of
     * 67.500 € eligible expenditure); 102.900 € with 411.600 €. One cent more from the Land and the own share falls
     * under the minimum. (The seed gives the own shares; the state amounts are derived, not quoted.)
     */
    @Test
    void eigenanteilUnterDemMindestanteilDesPluginsGibtEineWarnung() {
        Finanzierungsaufteilung a2020 = Foerderquote.prozent(80).aufteilen(new BigDecimal("67500.00"));
        assertThat(a2020.eigenanteilMindestens()).isEqualTo(EIGEN_2020);
        Finanzierungsaufteilung a2021 = Foerderquote.prozent(80).aufteilen(new BigDecimal("514500.00"));
        assertThat(a2021.eigenanteilMindestens()).isEqualTo(EIGEN_2021);
        BigDecimal land2021 = a2021.landesanteilHoechstens().add(new BigDecimal("0.01"));

        Bescheid b = bescheide.anlegen(admin, new BescheidDaten(DURCHSTARTEN, Finanzierungsart.BESCHEID,
                LocalDate.of(2020, 10, 2), "Az. (Beispiel)", LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31),
                a2020.landesanteilHoechstens().add(land2021), List.of(fb4.id()), List.of(
                new BescheidDaten.Posten(fb4.id(), 2020, a2020.landesanteilHoechstens()),
                new BescheidDaten.Posten(fb4.id(), 2021, land2021)), null));
        Eigenanteil e2020 = eigenanteile.anlegen(admin, new EigenanteilDaten(DURCHSTARTEN, fb4.id(), 2020, EIGEN_2020,
                INTEGRATIONSPAUSCHALE, null));
        Eigenanteil e2021 = eigenanteile.anlegen(admin, new EigenanteilDaten(DURCHSTARTEN, fb4.id(), 2021, EIGEN_2021,
                INTEGRATIONSPAUSCHALE, null));

        Finanzstand stand = uebersicht.stand(admin, DURCHSTARTEN);
        assertThat(stand.zugesagt()).isEqualTo("465600.01");
        assertThat(stand.jahre()).extracting(Finanzstand.Jahreszeile::jahr, Finanzstand.Jahreszeile::landesmittel,
                Finanzstand.Jahreszeile::eigenanteil, Finanzstand.Jahreszeile::gesamt,
                Finanzstand.Jahreszeile::eigenanteilProzent).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2020, new BigDecimal("54000.00"), EIGEN_2020,
                        new BigDecimal("67500.00"), new BigDecimal("20.00")),
                org.assertj.core.groups.Tuple.tuple(2021, new BigDecimal("411600.01"), EIGEN_2021,
                        new BigDecimal("514500.01"), new BigDecimal("19.99")));
        assertThat(stand.warnungen()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("finanzierung.warnung.eigenanteil");
            assertThat(w.bausteinId()).isEqualTo(fb4.id());
            assertThat(w.jahr()).isEqualTo(2021);
            assertThat(w.text()).isEqualTo("FB 4, 2021: Der Eigenanteil beträgt 19,99 % (102.900,00 € von "
                    + "514.500,01 €), das Programm verlangt mindestens 20 %.");
        });
        eigenanteile.loeschen(admin, e2020.id(), e2020.version());
        eigenanteile.loeschen(admin, e2021.id(), e2021.version());
        bescheide.loeschen(admin, b.id(), b.version());
    }

    @Test
    void jahrAusserhalbDesBausteinsUndUnbekannterBaustein() {
        assertThatThrownBy(() -> eigenanteile.anlegen(admin, new EigenanteilDaten(DURCHSTARTEN, fb4.id(), 2023,
                EIGEN_2020, INTEGRATIONSPAUSCHALE, null)))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> {
                    assertThat(f.feldfehler()).extracting(Feldfehler::feld).containsExactly("jahr");
                    assertThat(f.feldfehler().get(0).text(java.util.Locale.GERMAN))
                            .isEqualTo("Das Jahr 2023 liegt außerhalb des Zeitraums (möglich: 2020 bis 2022).");
                });
        // year, amount and source are constraints of the record, checked (and answered) before the rules
        assertThatThrownBy(() -> eigenanteile.anlegen(admin, new EigenanteilDaten(DURCHSTARTEN,
                java.util.UUID.randomUUID(), null, null, " ", null)))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.feldfehler())
                        .extracting(Feldfehler::feld, Feldfehler::code).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("betrag", "pflichtfeld"),
                                org.assertj.core.groups.Tuple.tuple("jahr", "pflichtfeld"),
                                org.assertj.core.groups.Tuple.tuple("quelle", "pflichtfeld")));
        assertThatThrownBy(() -> eigenanteile.anlegen(admin, new EigenanteilDaten(DURCHSTARTEN,
                java.util.UUID.randomUUID(), 2020, new BigDecimal("-13500"), INTEGRATIONSPAUSCHALE, null)))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.feldfehler())
                        .extracting(Feldfehler::feld, Feldfehler::code).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("bausteinId", "baustein.nicht.gefunden"),
                                org.assertj.core.groups.Tuple.tuple("betrag", "betrag.negativ")));
        assertThatThrownBy(() -> eigenanteile.anlegen(admin, new EigenanteilDaten("kim", null, 2021, EIGEN_2021,
                INTEGRATIONSPAUSCHALE, null)))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.feldfehler())
                        .extracting(Feldfehler::code).containsExactly("programm.nicht.aktiv"));
        assertThat(eigenanteile.liste(admin, DURCHSTARTEN)).isEmpty();
    }
}
