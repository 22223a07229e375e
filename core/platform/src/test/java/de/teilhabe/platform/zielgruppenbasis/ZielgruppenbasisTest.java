package de.teilhabe.platform.zielgruppenbasis;

import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;
import static de.teilhabe.platform.finanzierung.Programmumgebung.KIM;
import static de.teilhabe.platform.testing.Abweisungen.ungueltig;
import static de.teilhabe.platform.testing.Abweisungen.verweis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import de.teilhabe.platform.audit.AuditEintrag;
import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The target-group base of the Rhein-Kreis Neuss (seed 000, first table of the council paper): „Primäre
 * Zielgruppe – Ausgangslage 31.12.2019“, Geduldete / Gestattete per Kommune as the foreigners' offices reported
 * them in September 2019 — Dormagen 47/64/111 … Summe 308/304/612.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZielgruppenbasisTest implements TestPropertyProvider {

    static final LocalDate AUSGANGSLAGE = LocalDate.of(2019, 12, 31);

    @Inject ApplicationContext ctx;
    @Inject Zielgruppenbasis basis;
    @Inject ZielgruppenbasisDemo demo;

    Nutzer admin;
    Map<String, UUID> kommune;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("teilhabe.plugins.verzeichnis", Programmumgebung.pluginVerzeichnis());
    }

    @BeforeAll
    void kreis() {
        admin = Programmumgebung.kreisMit(ctx, "zgb", GEMEINSAM_KLAPPTS);
        kommune = ctx.getBean(KommunenDienst.class).liste(admin).stream()
                .collect(Collectors.toMap(Kommune::name, Kommune::id));
        demo.rkn(admin.kreisSlug());
        demo.rkn(admin.kreisSlug()); // idempotent
    }

    Nutzer mit(Rolle rolle) {
        return new Nutzer(UUID.randomUUID(), "test." + rolle.name().toLowerCase(Locale.ROOT), rolle.name(),
                admin.kreisSlug(), admin.kreisName(), Set.of(rolle));
    }

    ZielgruppenbasisDaten daten(LocalDate stichtag, ZielgruppenbasisDaten.Wert... werte) {
        return new ZielgruppenbasisDaten(null, null, GEMEINSAM_KLAPPTS, stichtag, "Test", List.of(werte));
    }

    ZielgruppenbasisDaten.Wert wert(String name, Integer geduldete, Integer gestattete) {
        return new ZielgruppenbasisDaten.Wert(kommune.get(name), geduldete, gestattete);
    }

    @Test
    void dieZahlenDerRatsvorlageKommenGenauSoHeraus() {
        assertThat(basis.staende(admin, GEMEINSAM_KLAPPTS)).filteredOn(s -> s.stamm().stichtag().equals(AUSGANGSLAGE))
                .singleElement().satisfies(s -> assertThat(s.werte()).hasSize(8));
        Basistabelle t = basis.tabelle(admin, GEMEINSAM_KLAPPTS, AUSGANGSLAGE);
        assertThat(t.stand()).isEqualTo(AUSGANGSLAGE);
        assertThat(t.vorhanden()).isTrue();
        assertThat(t.quelle()).isEqualTo("Rückmeldungen der Ausländerbehörden, Stand September 2019");
        assertThat(t.programm()).isEqualTo(GEMEINSAM_KLAPPTS);
        assertThat(t.zeilen()).extracting(Basiszeile::kommune, Basiszeile::geduldete, Basiszeile::gestattete,
                Basiszeile::gesamt).containsExactly(
                tuple("Dormagen", 47, 64, 111), tuple("Grevenbroich", 63, 45, 108), tuple("Jüchen", 17, 14, 31),
                tuple("Kaarst", 36, 44, 80), tuple("Korschenbroich", 34, 30, 64), tuple("Meerbusch", 41, 46, 87),
                tuple("Neuss", 59, 42, 101), tuple("Rommerskirchen", 11, 19, 30));
        assertThat(t.summe()).isEqualTo(new Basiszeile("Summe", 308, 304, 612));
    }

    @Test
    void derNeuesteStandAmOderVorDemStichtagGiltUndKommunenOhneZahlenZeigenNull() {
        Basisstand spaeter = basis.speichern(admin, daten(LocalDate.of(2020, 6, 30), wert("Neuss", 60, 40),
                wert("Dormagen", 50, 60)));
        try {
            Basistabelle juli = basis.tabelle(admin, GEMEINSAM_KLAPPTS, LocalDate.of(2020, 7, 1));
            assertThat(juli.stand()).isEqualTo(LocalDate.of(2020, 6, 30));
            assertThat(juli.stichtag()).isEqualTo(LocalDate.of(2020, 7, 1));
            assertThat(juli.zeilen()).hasSize(8).extracting(Basiszeile::kommune).startsWith("Dormagen", "Grevenbroich");
            assertThat(juli.zeilen()).filteredOn(z -> z.kommune().equals("Jüchen")).singleElement()
                    .isEqualTo(new Basiszeile("Jüchen", 0, 0, 0));
            assertThat(juli.summe()).isEqualTo(new Basiszeile("Summe", 110, 100, 210));

            Basistabelle juni = basis.tabelle(admin, GEMEINSAM_KLAPPTS, LocalDate.of(2020, 6, 29));
            assertThat(juni.stand()).isEqualTo(AUSGANGSLAGE);
            assertThat(juni.summe().gesamt()).isEqualTo(612);

            Basistabelle vorher = basis.tabelle(admin, GEMEINSAM_KLAPPTS, LocalDate.of(2019, 12, 30));
            assertThat(vorher.stand()).isNull();
            assertThat(vorher.vorhanden()).isFalse();
            assertThat(vorher.quelle()).isNull();
            assertThat(vorher.zeilen()).isEmpty();
            assertThat(vorher.summe()).isEqualTo(new Basiszeile("Summe", 0, 0, 0));
        } finally {
            basis.loeschen(admin, spaeter.id(), spaeter.version());
        }
    }

    @Test
    void feldfehler() {
        ungueltig(() -> basis.speichern(admin, daten(LocalDate.of(2021, 1, 1), wert("Neuss", -1, 3),
                        wert("Kaarst", 2, -4))),
                tuple("werte[0].geduldete", "zielgruppenbasis.anzahl.negativ"),
                tuple("werte[1].gestattete", "zielgruppenbasis.anzahl.negativ"));
        FachlicherFehler f = ungueltig(() -> basis.speichern(admin, daten(null, wert("Neuss", 1, 1))),
                tuple("stichtag", "zielgruppenbasis.stichtag.fehlt"));
        assertThat(f.feldfehler().get(0).text(Locale.GERMAN)).isEqualTo("Bitte geben Sie den Stichtag des Stands an.");
        assertThat(f.feldfehler().get(0).text(Locale.ENGLISH)).isEqualTo("Please give the reference date of the Stand.");
        ungueltig(() -> basis.speichern(admin, daten(LocalDate.of(2021, 1, 1), wert("Neuss", 1, 1),
                        new ZielgruppenbasisDaten.Wert(UUID.randomUUID(), 1, 1), wert("Neuss", 2, 2))),
                tuple("werte[1].kommuneId", "zielgruppenbasis.kommune.fremd"),
                tuple("werte[2].kommuneId", "zielgruppenbasis.kommune.doppelt"));
        ungueltig(() -> basis.speichern(admin, new ZielgruppenbasisDaten(null, null, KIM, LocalDate.of(2021, 1, 1),
                        null, List.of())),
                tuple("programmId", "programm.nicht.aktiv"));
        ungueltig(() -> basis.speichern(admin, daten(AUSGANGSLAGE, wert("Neuss", 1, 1))),
                tuple("stichtag", "zielgruppenbasis.stichtag.vergeben"));
        ungueltig(() -> basis.speichern(admin, daten(LocalDate.of(2021, 1, 1), wert("Neuss", null, 1))),
                tuple("werte[0].geduldete", "pflichtfeld"));
        // the required values are constraints of the record: a missing one is named by its path, a missing entry too
        ungueltig(() -> basis.speichern(admin, new ZielgruppenbasisDaten(null, null, GEMEINSAM_KLAPPTS, null, null,
                        Arrays.asList(new ZielgruppenbasisDaten.Wert(null, 1, null), null))),
                tuple("stichtag", "zielgruppenbasis.stichtag.fehlt"), tuple("werte[0].gestattete", "pflichtfeld"),
                tuple("werte[0].kommuneId", "pflichtfeld"), tuple("werte[1]", "pflichtfeld"));
        assertThatThrownBy(() -> basis.tabelle(admin, KIM, AUSGANGSLAGE))
                .isInstanceOfSatisfying(FachlicherFehler.class, e -> assertThat(e.feldfehler())
                        .extracting(Feldfehler::code).containsExactly("programm.nicht.aktiv"));
        assertThat(basis.staende(admin, GEMEINSAM_KLAPPTS)).hasSize(1);
    }

    @Test
    void veralteteVersionUndAuditProtokoll() {
        Basisstand neu = basis.speichern(admin, daten(LocalDate.of(2021, 12, 31), wert("Meerbusch", 1, 2)));
        assertThat(neu.version()).isZero();
        Basisstand geaendert = basis.speichern(admin, daten(LocalDate.of(2021, 12, 31), wert("Meerbusch", 3, 4),
                wert("Neuss", 5, 6)).fuer(neu.id(), 0L));
        assertThat(geaendert.version()).isEqualTo(1L);
        assertThat(geaendert.werte()).extracting(ZielgruppenwertAnsicht::geduldete).containsExactly(3, 5);
        assertThatThrownBy(() -> basis.speichern(admin, daten(LocalDate.of(2021, 12, 31), wert("Meerbusch", 9, 9))
                .fuer(neu.id(), 0L)))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.code()).isEqualTo("konflikt.veraltet"));
        assertThatThrownBy(() -> basis.loeschen(admin, neu.id(), 0L))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.code()).isEqualTo("konflikt.veraltet"));
        assertThat(basis.tabelle(admin, GEMEINSAM_KLAPPTS, LocalDate.of(2022, 1, 1)).summe())
                .isEqualTo(new Basiszeile("Summe", 8, 10, 18));
        basis.loeschen(admin, neu.id(), 1L);
        assertThat(basis.tabelle(admin, GEMEINSAM_KLAPPTS, LocalDate.of(2022, 1, 1)).stand()).isEqualTo(AUSGANGSLAGE);

        List<String> aktionen = ctx.getBean(AuditProtokoll.class).neueste(admin, 500).stream()
                .filter(a -> neu.id().toString().equals(a.objektId())).map(AuditEintrag::aktion).toList();
        assertThat(aktionen).containsExactly("GELOESCHT", "GEAENDERT", "ANGELEGT");
        assertThat(ctx.getBean(AuditProtokoll.class).neueste(admin, 500)).filteredOn(a ->
                neu.id().toString().equals(a.objektId())).allSatisfy(a -> assertThat(a.objektTyp())
                .isEqualTo("Zielgruppenbasis"));
    }

    @Test
    void rechte() {
        Nutzer traeger = mit(Rolle.MASSNAHMETRAEGER);
        verboten(() -> basis.staende(traeger, GEMEINSAM_KLAPPTS));
        verboten(() -> basis.tabelle(traeger, GEMEINSAM_KLAPPTS, AUSGANGSLAGE));
        verboten(() -> basis.speichern(traeger, daten(LocalDate.of(2021, 1, 1))));

        for (Rolle leser : List.of(Rolle.GREMIUM_LESERECHT, Rolle.CASE_MANAGEMENT)) {
            Nutzer n = mit(leser);
            assertThat(basis.tabelle(n, GEMEINSAM_KLAPPTS, AUSGANGSLAGE).summe().gesamt()).isEqualTo(612);
            assertThat(basis.staende(n, GEMEINSAM_KLAPPTS)).isNotEmpty();
            verboten(() -> basis.speichern(n, daten(LocalDate.of(2021, 1, 1))));
            Basisstand s = basis.staende(n, GEMEINSAM_KLAPPTS).get(0);
            verboten(() -> basis.loeschen(n, s.id(), s.version()));
        }
        Basisstand ki = basis.speichern(mit(Rolle.KI_KOORDINATION), daten(LocalDate.of(2021, 2, 1)));
        basis.loeschen(mit(Rolle.KI_KOORDINATION), ki.id(), ki.version());
    }

    @Test
    void einAndererKreisSiehtNichts() {
        Nutzer fremd = Programmumgebung.kreisMit(ctx, "zgb-fremd", GEMEINSAM_KLAPPTS);
        assertThat(basis.staende(fremd, GEMEINSAM_KLAPPTS)).isEmpty();
        Basistabelle t = basis.tabelle(fremd, GEMEINSAM_KLAPPTS, AUSGANGSLAGE);
        assertThat(t.stand()).isNull();
        assertThat(t.zeilen()).isEmpty();
        UUID id = basis.staende(admin, GEMEINSAM_KLAPPTS).get(0).id();
        assertThatThrownBy(() -> basis.stand(fremd, id))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.code())
                        .isEqualTo("zielgruppenbasis.nicht.gefunden"));
        verweis(() -> basis.speichern(fremd, daten(AUSGANGSLAGE, wert("Neuss", 1, 1))),
                tuple("werte[0].kommuneId", "zielgruppenbasis.kommune.fremd"));
    }

    static void verboten(ThrowableAssert.ThrowingCallable aufruf) {
        assertThatThrownBy(aufruf).isInstanceOfSatisfying(FachlicherFehler.class,
                f -> assertThat(f.code()).isEqualTo("zugriff.verboten"));
    }
}
