package de.teilhabe.platform.teilnehmer;

import static de.teilhabe.platform.finanzierung.Programmumgebung.DURCHSTARTEN;
import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.baustein.BausteinDaten;
import de.teilhabe.platform.baustein.Bausteine;
import de.teilhabe.platform.benutzer.BenutzerDaten;
import de.teilhabe.platform.benutzer.Benutzerverwaltung;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.massnahme.MassnahmeDaten;
import de.teilhabe.platform.massnahme.Massnahmen;
import de.teilhabe.platform.massnahme.Status;
import de.teilhabe.platform.massnahme.Statuswechsel;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.traeger.TraegerDaten;
import de.teilhabe.platform.traeger.TraegerKonten;
import de.teilhabe.platform.traeger.TraegerVerzeichnis;
import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A provider's account sees the people in its own Maßnahmen who consented to data exchange with providers, with
 * name and assignment only; nobody else, not after a withdrawal, and nothing at all while it is not linked.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "teilhabe.plugins.verzeichnis", value = "${teilhabe.test.plugins}")
class TeilnehmerFuerTraegerTest {

    static final LocalDate AUFNAHME = LocalDate.of(2021, 3, 31);

    @Inject ApplicationContext ctx;
    @Inject TeilnehmerDienst dienst;
    @Inject Teilnahmen teilnahmen;
    @Inject Zuweisungen zuweisungen;
    @Inject Verlaufseintraege eintraege;
    @Inject TeilnehmerAufnahme aufnahmedienst;
    @Inject TeilnehmerFuerTraeger sicht;
    @Inject TraegerKonten konten;
    @Inject Benutzerverwaltung benutzer;

    Nutzer admin;
    Nutzer ki;
    Nutzer traeger;
    UUID mitEinwilligung;
    UUID ohneEinwilligung;
    UUID beimAnderenTraeger;

    @BeforeAll
    void kreis() {
        admin = Programmumgebung.kreisMit(ctx, "tsicht", GEMEINSAM_KLAPPTS, DURCHSTARTEN);
        ki = mitRolle("ki", Rolle.KI_KOORDINATION);
        UUID neuss = ctx.getBean(KommunenDienst.class).liste(admin).stream().filter(k -> k.name().equals("Neuss"))
                .map(Kommune::id).findFirst().orElseThrow();
        Baustein coaching = ctx.getBean(Bausteine.class).anlegen(ki, new BausteinDaten(DURCHSTARTEN, 1, null,
                LocalDate.of(2020, 1, 1), LocalDate.of(2022, 6, 30), new BigDecimal("100000"), new BigDecimal("80"), null));
        TraegerVerzeichnis verzeichnis = ctx.getBean(TraegerVerzeichnis.class);
        UUID caritas = verzeichnis.anlegen(ki, new TraegerDaten("Caritas Sozialdienste", "Caritas", null, null,
                List.of(), Set.of(neuss))).stamm().id();
        UUID kja = verzeichnis.anlegen(ki, new TraegerDaten("Kolping-Jugendausbildung", "KJA", null, null,
                List.of(), Set.of(neuss))).stamm().id();
        UUID coachingCaritas = massnahme(coaching, caritas, neuss);
        UUID coachingKja = massnahme(coaching, kja, neuss);

        mitEinwilligung = aufnehmen("Amina", neuss, coachingCaritas, Einwilligungszweck.AUSTAUSCH_TRAEGER);
        ohneEinwilligung = aufnehmen("Bashir", neuss, coachingCaritas, Einwilligungszweck.KLIENTENDATEI);
        beimAnderenTraeger = aufnehmen("Chiara", neuss, coachingKja, Einwilligungszweck.AUSTAUSCH_TRAEGER);

        String konto = admin.kreisSlug() + ".caritas";
        benutzer.anlegen(admin, new BenutzerDaten(konto, "Caritas", Set.of(Rolle.MASSNAHMETRAEGER), true,
                "ein-langes-passwort-123"));
        traeger = mitRolle("caritas", Rolle.MASSNAHMETRAEGER);
        konten.zuordnen(admin, caritas, konto);
    }

    @Test
    void nurEigeneMassnahmenUndNurMitEinwilligung() {
        List<TraegerTeilnahme> liste = sicht.liste(traeger);
        assertThat(liste).extracting(TraegerTeilnahme::teilnehmerId).containsExactly(mitEinwilligung);
        assertThat(liste.get(0).name()).isEqualTo("Test, Amina");
        assertThat(liste.get(0).massnahme()).startsWith("FB 1");
        assertThat(sicht.teilnahmen(traeger, mitEinwilligung)).hasSize(1);
        for (UUID fremd : List.of(ohneEinwilligung, beimAnderenTraeger, UUID.randomUUID())) {
            assertThatThrownBy(() -> sicht.teilnahmen(traeger, fremd)).isInstanceOfSatisfying(FachlicherFehler.class,
                    f -> assertThat(f.code()).isEqualTo("teilnehmer.nicht.gefunden"));
        }
    }

    @Test
    void keineAkteUndNichtsOhneZuordnung() {
        assertThatThrownBy(() -> dienst.akte(traeger, mitEinwilligung)).isInstanceOf(FachlicherFehler.class);
        assertThatThrownBy(() -> sicht.liste(mitRolle("unverbunden", Rolle.MASSNAHMETRAEGER)))
                .isInstanceOfSatisfying(FachlicherFehler.class,
                        f -> assertThat(f.code()).isEqualTo("traeger.konto.nicht.zugeordnet"));
        assertThatThrownBy(() -> sicht.liste(ki)).isInstanceOf(FachlicherFehler.class);
    }

    @Test
    void widerrufBeendetDieSicht() {
        UUID person = aufnehmen("Dawit", ctx.getBean(KommunenDienst.class).liste(admin).get(0).id(),
                sicht.liste(traeger).stream().findFirst().map(TraegerTeilnahme::zuweisungId)
                        .flatMap(z -> dienst.akte(ki, mitEinwilligung).zuweisungen().stream()
                                .filter(x -> x.id().equals(z)).findFirst()).orElseThrow().massnahmeId(),
                Einwilligungszweck.AUSTAUSCH_TRAEGER);
        assertThat(sicht.liste(traeger)).extracting(TraegerTeilnahme::teilnehmerId).contains(person);
        Einwilligung e = dienst.akte(ki, person).einwilligungen().get(0);
        dienst.widerrufen(ki, e.id(), e.version(), new Stichtag(LocalDate.now(java.time.ZoneId.of("Europe/Berlin"))));
        assertThat(sicht.liste(traeger)).extracting(TraegerTeilnahme::teilnehmerId).doesNotContain(person);
    }

    private UUID massnahme(Baustein baustein, UUID traegerId, UUID kommune) {
        return ctx.getBean(Massnahmen.class).anlegen(ki, new MassnahmeDaten(baustein.id(), traegerId, List.of(kommune),
                null, LocalDate.of(2021, 1, 11), null, 12, null), new Statuswechsel(Status.LAUFEND,
                LocalDate.of(2021, 1, 11), null)).massnahme().id();
    }

    private UUID aufnehmen(String vorname, UUID kommune, UUID massnahme, Einwilligungszweck zweck) {
        TeilnehmerAkte akte = aufnahmedienst.aufnehmen(ki, new AufnahmeAntrag(new TeilnehmerDaten(vorname, "Test",
                LocalDate.of(1999, 4, 4), kommune, null, null), new AufenthaltDaten(Aufenthaltsstatus.DULDUNG,
                LocalDate.of(2020, 1, 1), null), GEMEINSAM_KLAPPTS, AUFNAHME, null, null, null, null, List.of(zweck)));
        return zuweisungen.zuweisen(ki, akte.teilnehmer().id(), new ZuweisungDaten(massnahme, AUFNAHME.plusDays(5)))
                .teilnehmer().id();
    }

    private Nutzer mitRolle(String name, Rolle rolle) {
        return new Nutzer(UUID.randomUUID(), admin.kreisSlug() + "." + name.toLowerCase(Locale.ROOT), name,
                admin.kreisSlug(), admin.kreisName(), Set.of(rolle));
    }
}
