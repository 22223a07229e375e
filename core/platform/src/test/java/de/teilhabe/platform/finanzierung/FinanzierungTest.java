package de.teilhabe.platform.finanzierung;

import static de.teilhabe.platform.finanzierung.Programmumgebung.DURCHSTARTEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.teilhabe.platform.audit.AuditEintrag;
import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.traeger.TraegerDaten;
import de.teilhabe.platform.traeger.TraegerVerzeichnis;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Kreis Steinfurt's funds for Förderbausteine 1–4 (seed 002: „im Umfang von 1,17 Mio €“), forwarded to providers
 * by contract, in a Kreis with the real „Durchstarten“ plugin: saved, read back, versioned and audited.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FinanzierungTest implements TestPropertyProvider {

    static final BigDecimal STEINFURT_FB_1_BIS_4 = new BigDecimal("1170000.00");
    static final LocalDate BEGINN = LocalDate.of(2020, 1, 1);
    static final LocalDate ENDE = LocalDate.of(2022, 6, 30); // seed 001: „längstens … bis zum 30.06.2022“

    @Inject ApplicationContext ctx;
    @Inject Zuwendungsbescheide bescheide;
    @Inject Weiterleitungen weiterleitungen;
    @Inject Finanzuebersicht uebersicht;
    @Inject AuditProtokoll audit;

    Nutzer admin;
    List<Baustein> fb;
    UUID caritas;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("teilhabe.plugins.verzeichnis", Programmumgebung.pluginVerzeichnis());
    }

    @BeforeAll
    void kreis() {
        admin = Programmumgebung.kreisMit(ctx, "fin", DURCHSTARTEN);
        fb = List.of(1, 2, 3, 4).stream()
                .map(n -> Programmumgebung.baustein(ctx, admin, DURCHSTARTEN, n, BEGINN, ENDE)).toList();
        caritas = ctx.getBean(TraegerVerzeichnis.class).anlegen(admin, new TraegerDaten(
                "Caritas Sozialdienste Rhein-Kreis Neuss GmbH", "Caritas", "GmbH", null, null, null)).id();
    }

    BescheidDaten mittelrahmen() {
        return new BescheidDaten(DURCHSTARTEN, Finanzierungsart.MITTELRAHMEN, null, null, BEGINN, ENDE,
                STEINFURT_FB_1_BIS_4, fb.stream().map(Baustein::id).toList(), null,
                "Verfügbare Mittel für die Förderbausteine 1–4 (Vorlage 082/20 der Stadt Rheine)");
    }

    @Test
    void mittelrahmenFuerDieBausteineEinsBisVierWirdGespeichertUndGelesen() {
        Bescheid b = bescheide.anlegen(admin, mittelrahmen());
        Bescheid gelesen = bescheide.lesen(admin, b.id());
        assertThat(gelesen.stamm().betrag()).isEqualTo("1170000.00");
        assertThat(gelesen.stamm().art()).isEqualTo(Finanzierungsart.MITTELRAHMEN);
        assertThat(gelesen.bausteine()).containsExactlyElementsOf(fb.stream().map(Baustein::id).toList());
        assertThat(gelesen.nichtAufgeteilt()).isEqualTo("1170000.00");
        assertThat(gelesen.version()).isZero();
        assertThat(bescheide.liste(admin, DURCHSTARTEN)).extracting(Bescheid::id).contains(b.id());
        bescheide.loeschen(admin, b.id(), 0L);
    }

    @Test
    void weiterleitungBisZumMittelrahmenOhneWarnungEinCentDarueberAbgewiesen() {
        Nutzer ki = kiKoordination();
        Bescheid rahmen = bescheide.anlegen(ki, mittelrahmen());
        Weiterleitung alles = weiterleitungen.anlegen(ki, new WeiterleitungDaten(fb.get(0).id(), caritas,
                STEINFURT_FB_1_BIS_4, LocalDate.of(2020, 10, 2), ENDE, "Weiterleitungsvertrag FB 1", null));
        Finanzstand stand = uebersicht.stand(ki, DURCHSTARTEN);
        assertThat(stand.massgeblich()).isEqualTo(Finanzierungsart.MITTELRAHMEN);
        assertThat(stand.zugesagt()).isEqualTo("1170000.00");
        assertThat(stand.verfuegbar()).isEqualTo("1170000.00");
        assertThat(stand.bewilligt()).isEqualTo("0.00");
        assertThat(stand.weitergeleitet()).isEqualTo("1170000.00");
        assertThat(stand.bausteine()).extracting(Finanzstand.Bausteinsumme::nummer).containsExactly(1, 2, 3, 4);
        assertThat(stand.bausteine().get(0).weitergeleitet()).isEqualTo("1170000.00");
        assertThat(stand.bausteine()).allSatisfy(s ->
                assertThat(s.mindestEigenanteilProzent()).isEqualByComparingTo("20"));
        assertThat(stand.warnungen()).isEmpty();

        // FB 2 could still have up to the whole frame, but the program's forwardings together would exceed it
        assertThatThrownBy(() -> weiterleitungen.anlegen(ki, new WeiterleitungDaten(fb.get(1).id(), caritas,
                new BigDecimal("0.01"), LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), "Vertrag FB 2", null)))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.feldfehler()).singleElement()
                        .satisfies(e -> {
                            assertThat(e.feld()).isEqualTo("betrag");
                            assertThat(e.text(java.util.Locale.GERMAN)).isEqualTo("Alle Weiterleitungen dieses "
                                    + "Programms zusammen (1.170.000,01 €) übersteigen die insgesamt im Mittelrahmen "
                                    + "verfügbaren 1.170.000,00 €.");
                        }));
        assertThat(weiterleitungen.liste(ki, DURCHSTARTEN)).containsExactly(alles);

        // a frame reduced afterwards is not refused (it is what the Land announced); the overview warns
        Weiterleitung weniger = weiterleitungen.aendern(ki, alles.id(), alles.version(), new WeiterleitungDaten(
                fb.get(0).id(), caritas, new BigDecimal("600000.00"), LocalDate.of(2020, 10, 2), ENDE,
                "Weiterleitungsvertrag FB 1", null));
        Weiterleitung fb2 = weiterleitungen.anlegen(ki, new WeiterleitungDaten(fb.get(1).id(), caritas,
                new BigDecimal("570000.00"), LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), "Vertrag FB 2", null));
        Bescheid gekuerzt = bescheide.aendern(ki, rahmen.id(), rahmen.version(), new BescheidDaten(DURCHSTARTEN,
                Finanzierungsart.MITTELRAHMEN, null, null, BEGINN, ENDE, new BigDecimal("1169999.99"),
                fb.stream().map(Baustein::id).toList(), null, null));
        stand = uebersicht.stand(ki, DURCHSTARTEN);
        assertThat(stand.warnungen()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("finanzierung.warnung.weiterleitung.gesamt");
            assertThat(w.text()).isEqualTo("Weitergeleitet sind 1.170.000,00 €, zugesagt nur 1.169.999,99 €.");
        });

        weiterleitungen.loeschen(ki, fb2.id(), fb2.version());
        weiterleitungen.loeschen(ki, weniger.id(), weniger.version());
        bescheide.loeschen(ki, gekuerzt.id(), gekuerzt.version());
    }

    @Test
    void einBescheidZaehltVorDemMittelrahmenUndWarntJeBaustein() {
        Bescheid rahmen = bescheide.anlegen(admin, mittelrahmen());
        // forwarded within the frame; the Bescheid that then arrives grants less
        Weiterleitung w = weiterleitungen.anlegen(admin, new WeiterleitungDaten(fb.get(0).id(), caritas,
                new BigDecimal("100000.01"), LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), "V-1", null));
        // RKN's Zuwendungsbescheid for FB 1–4 is dated 02.10.2020 (seed 000); the amount split is invented
        Bescheid bescheid = bescheide.anlegen(admin, new BescheidDaten(DURCHSTARTEN, Finanzierungsart.BESCHEID,
                LocalDate.of(2020, 10, 2), null, LocalDate.of(2020, 10, 2), ENDE, new BigDecimal("100000.00"),
                List.of(fb.get(0).id()), List.of(new BescheidDaten.Posten(fb.get(0).id(), 2021,
                new BigDecimal("100000.00"))), null));
        Finanzstand stand = uebersicht.stand(admin, DURCHSTARTEN);
        assertThat(stand.massgeblich()).isEqualTo(Finanzierungsart.BESCHEID);
        assertThat(stand.zugesagt()).isEqualTo("100000.00");
        assertThat(stand.verfuegbar()).isEqualTo("1170000.00");
        assertThat(stand.nichtAufgeteilt()).isEqualTo("0.00");
        // the forwarding exceeds the grant, and FB 1 has no own share at all in 2021
        assertThat(stand.warnungen()).extracting(Finanzstand.Warnung::code)
                .containsExactly("finanzierung.warnung.weiterleitung", "finanzierung.warnung.eigenanteil");
        assertThat(stand.warnungen().get(0).text())
                .isEqualTo("FB 1: Weitergeleitet sind 100.000,01 €, zugesagt höchstens 100.000,00 €.");
        assertThat(uebersicht.stand(admin, DURCHSTARTEN, java.util.Locale.ENGLISH).warnungen().get(0).text())
                .isEqualTo("FB 1: 100,000.01 € forwarded, at most 100,000.00 € granted.");
        assertThat(stand.warnungen().get(1).text()).isEqualTo("FB 1, 2021: Der Eigenanteil beträgt 0,00 % "
                + "(0,00 € von 100.000,00 €), das Programm verlangt mindestens 20 %.");
        // now that the Bescheid counts, another cent for FB 1 in 2021 is refused
        assertThatThrownBy(() -> weiterleitungen.anlegen(admin, new WeiterleitungDaten(fb.get(0).id(), caritas,
                new BigDecimal("0.01"), LocalDate.of(2021, 6, 1), LocalDate.of(2021, 6, 30), "V-2", null)))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.feldfehler().get(0)
                        .text(java.util.Locale.GERMAN)).isEqualTo("Die Weiterleitungen für FB 1 im Jahr 2021 "
                        + "(100.000,02 €) übersteigen die bewilligten 100.000,00 €."));
        weiterleitungen.loeschen(admin, w.id(), w.version());
        bescheide.loeschen(admin, bescheid.id(), bescheid.version());
        bescheide.loeschen(admin, rahmen.id(), rahmen.version());
    }

    @Test
    void veralteteVersionGibtKonfliktUndNichtsWirdUeberschrieben() {
        Bescheid b = bescheide.anlegen(admin, mittelrahmen());
        BescheidDaten geaendert = new BescheidDaten(DURCHSTARTEN, Finanzierungsart.MITTELRAHMEN, null, null, BEGINN,
                ENDE, new BigDecimal("1170000.50"), List.of(fb.get(0).id()), null, null);
        Bescheid neu = bescheide.aendern(admin, b.id(), 0L, geaendert);
        assertThat(neu.version()).isEqualTo(1L);
        assertThatThrownBy(() -> bescheide.aendern(kiKoordination(), b.id(), 0L, mittelrahmen()))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.code()).isEqualTo("konflikt.veraltet"));
        assertThatThrownBy(() -> bescheide.loeschen(admin, b.id(), 0L))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.code()).isEqualTo("konflikt.veraltet"));
        assertThat(bescheide.lesen(admin, b.id()).stamm().betrag()).isEqualTo("1170000.50");

        Weiterleitung w = weiterleitungen.anlegen(admin, new WeiterleitungDaten(fb.get(0).id(), caritas,
                new BigDecimal("1000"), BEGINN, ENDE, "V-3", null));
        weiterleitungen.aendern(admin, w.id(), 0L, new WeiterleitungDaten(fb.get(0).id(), caritas,
                new BigDecimal("2000"), BEGINN, ENDE, "V-3", null));
        assertThatThrownBy(() -> weiterleitungen.aendern(admin, w.id(), 0L, new WeiterleitungDaten(fb.get(0).id(),
                caritas, new BigDecimal("3000"), BEGINN, ENDE, "V-3", null)))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.code()).isEqualTo("konflikt.veraltet"));
        weiterleitungen.loeschen(admin, w.id(), 1L);
        bescheide.loeschen(admin, b.id(), 1L);
    }

    @Test
    void jedeAenderungStehtImAuditProtokoll() {
        Bescheid b = bescheide.anlegen(admin, mittelrahmen());
        bescheide.aendern(admin, b.id(), 0L, new BescheidDaten(DURCHSTARTEN, Finanzierungsart.MITTELRAHMEN, null,
                null, BEGINN, ENDE, new BigDecimal("1170000"), fb.stream().map(Baustein::id).toList(), null, "geprüft"));
        bescheide.loeschen(admin, b.id(), 1L);
        List<AuditEintrag> eintraege = audit.neueste(admin, 200).stream()
                .filter(e -> b.id().toString().equals(e.objektId())).toList();
        assertThat(eintraege).extracting(AuditEintrag::aktion).containsExactly("GELOESCHT", "GEAENDERT", "ANGELEGT");
        assertThat(eintraege).allSatisfy(e -> {
            assertThat(e.objektTyp()).isEqualTo("Zuwendungsbescheid");
            assertThat(e.benutzer()).isEqualTo(admin.benutzername());
        });
        assertThat(eintraege.get(2).aenderung()).contains("\"betrag\":[null,\"1170000.00\"]", "\"art\":[null,\"MITTELRAHMEN\"]");
        assertThat(eintraege.get(1).aenderung()).isEqualTo("{\"bemerkung\":[\"Verfügbare Mittel für die "
                + "Förderbausteine 1–4 (Vorlage 082/20 der Stadt Rheine)\",\"geprüft\"]}");
    }

    @Test
    void nurKiUndAdminAendernGremiumLiestCaseManagementNicht() {
        Nutzer gremium = mitRolle(Rolle.GREMIUM_LESERECHT);
        assertThat(uebersicht.stand(gremium, DURCHSTARTEN).programmId()).isEqualTo(DURCHSTARTEN);
        assertThatThrownBy(() -> bescheide.anlegen(gremium, mittelrahmen()))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.code()).isEqualTo("zugriff.verboten"));
        assertThatThrownBy(() -> bescheide.liste(mitRolle(Rolle.CASE_MANAGEMENT), DURCHSTARTEN))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.code()).isEqualTo("zugriff.verboten"));
    }

    Nutzer kiKoordination() {
        return mitRolle(Rolle.KI_KOORDINATION);
    }

    Nutzer mitRolle(Rolle rolle) {
        return new Nutzer(UUID.randomUUID(), "test." + rolle.name().toLowerCase(), rolle.name(), admin.kreisSlug(),
                admin.kreisName(), Set.of(rolle));
    }
}
