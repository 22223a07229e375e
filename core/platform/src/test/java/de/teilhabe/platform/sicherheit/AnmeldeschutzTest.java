package de.teilhabe.platform.sicherheit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.teilhabe.platform.benutzer.BenutzerDaten;
import de.teilhabe.platform.benutzer.Benutzerverwaltung;
import de.teilhabe.platform.fehler.Art;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.testing.Datenbank;
import de.teilhabe.platform.testing.StellbareUhr;
import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The attacks on the sign-in of the security review, on the service both servers use: a colleague who types wrong
 * passwords for someone's account only slows it down (no 15-minute lock any more); one address is limited on its
 * own; every failure and refusal is in the platform's audit log, committed although the sign-in throws; and two
 * nodes share the state through the database. Time is moved on by the test's clock, never slept.
 */
@MicronautTest(transactional = false)
@Property(name = StellbareUhr.AN, value = "true")
@Property(name = "teilhabe.anmeldung.adresse.max-fehlversuche", value = "8")
class AnmeldeschutzTest {

    static final String PASSWORT = "kollegin-passwort-42";

    @Inject ApplicationContext ctx;
    @Inject Anmeldung anmeldung;
    @Inject StellbareUhr uhr;
    @Inject TransactionOperations<Connection> transaktionen;

    String slug;
    String kollegin;

    @BeforeEach
    void kreis() {
        slug = TestKreise.slug("schutz");
        TestKreise.onboarden(ctx, slug);
        kollegin = slug + ".kollegin";
        ctx.getBean(Benutzerverwaltung.class).anlegen(TestKreise.admin(ctx, slug),
                new BenutzerDaten(kollegin, "Kollegin", Set.of(Rolle.CASE_MANAGEMENT), true, PASSWORT));
    }

    @Test
    void sechsFalschePasswoerterVonXBremsenDieKolleginAufYNurKurz() {
        String x = adresse();
        String y = adresse();
        int fehlversuche = 0;
        int gebremst = 0;
        while (fehlversuche < 6) {
            String geraten = "geraten-" + fehlversuche;
            FachlicherFehler f = fehler(() -> anmeldung.anmelden(Kreiswahl.kreis(slug), kollegin, geraten, x));
            if (f.art() == Art.ZU_VIELE_VERSUCHE) {
                gebremst++;
                uhr.vorstellen(f.wartezeit().orElseThrow());
            } else {
                assertThat(f.code()).isEqualTo("anmeldung.fehlgeschlagen");
                fehlversuche++;
            }
        }
        assertThat(gebremst).as("the attacker waited 1 s and 2 s between failures 4, 5 and 6").isEqualTo(2);

        FachlicherFehler warten = fehler(() -> anmeldung.anmelden(Kreiswahl.kreis(slug), kollegin, PASSWORT, y));
        assertThat(warten.art()).isEqualTo(Art.ZU_VIELE_VERSUCHE);
        assertThat(warten.wartezeit()).hasValue(Duration.ofSeconds(4));
        assertThat(warten.text(java.util.Locale.GERMAN))
                .isEqualTo("Zu viele fehlgeschlagene Anmeldungen. Bitte in 4 Sekunden erneut versuchen.");

        uhr.vorstellen(Duration.ofSeconds(4));
        assertThat(anmeldung.anmelden(Kreiswahl.kreis(slug), kollegin, PASSWORT, y).benutzername()).isEqualTo(kollegin);

        // the success reset the account: the next wrong password is an ordinary failure, the right one passes at once
        assertThat(fehler(() -> anmeldung.anmelden(Kreiswahl.kreis(slug), kollegin, "noch-einmal", x)).art())
                .isEqualTo(Art.NICHT_ANGEMELDET);
        assertThat(anmeldung.anmelden(Kreiswahl.kreis(slug), kollegin, PASSWORT, y).kreisSlug()).isEqualTo(slug);
    }

    @Test
    void eineAdresseIstFuerSichBegrenztAuchMitAnderenNamen() {
        String z = adresse();
        for (int i = 0; i < 8; i++) {
            int n = i;
            assertThat(fehler(() -> anmeldung.anmelden(Kreiswahl.kreis(slug), "geraten-" + n, "falsch", z)).art())
                    .isEqualTo(Art.NICHT_ANGEMELDET);
        }
        FachlicherFehler gesperrt = fehler(() -> anmeldung.anmelden(Kreiswahl.kreis(slug), kollegin, PASSWORT, z));
        assertThat(gesperrt.art()).isEqualTo(Art.ZU_VIELE_VERSUCHE);
        assertThat(gesperrt.wartezeit()).hasValue(Duration.ofMinutes(10));
        assertThat(gesperrt.text(java.util.Locale.GERMAN)).endsWith("Bitte in 10 Minuten erneut versuchen.");
        assertThat(anmeldung.anmelden(Kreiswahl.kreis(slug), kollegin, PASSWORT, adresse()).kreisSlug()).isEqualTo(slug);

        uhr.vorstellen(Duration.ofMinutes(10));
        assertThat(anmeldung.anmelden(Kreiswahl.kreis(slug), kollegin, PASSWORT, z).kreisSlug()).isEqualTo(slug);
    }

    @Test
    void ipv6ZaehltJeNetzSoDassNeueAdressenNichtHelfen() {
        String netz = String.format("2001:db8:%x:%x", ThreadLocalRandom.current().nextInt(0x10000),
                ThreadLocalRandom.current().nextInt(0x10000));
        for (int i = 1; i <= 8; i++) {
            String adresse = netz + "::" + Integer.toHexString(i);
            String name = kollegin + "-x" + i; // a name of its own each time, so no account back-off intervenes
            assertThat(fehler(() -> anmeldung.anmelden(Kreiswahl.kreis(slug), name, "falsch", adresse)).art())
                    .isEqualTo(Art.NICHT_ANGEMELDET);
        }
        assertThat(fehler(() -> anmeldung.anmelden(Kreiswahl.kreis(slug), kollegin, PASSWORT, netz + ":1:2:3:4")).art())
                .isEqualTo(Art.ZU_VIELE_VERSUCHE);
    }

    @Test
    void fehlschlagUndBremsungStehenImPlattformprotokoll() {
        String x = adresse();
        for (int i = 0; i < 4; i++) {
            fehler(() -> anmeldung.anmelden(Kreiswahl.kreis(slug), kollegin, "Geheim-Falsch-9", x));
        }
        fehler(() -> anmeldung.anmelden(Kreiswahl.kreis(slug), kollegin, "Geheim-Falsch-9", x));
        fehler(() -> anmeldung.anmelden(Kreiswahl.kreis(slug), kollegin, PASSWORT, x));

        Datenbank db = new Datenbank(ctx);
        assertThat(db.spalte("select aenderung from platform.audit_log where aktion = 'ANMELDUNG_FEHLGESCHLAGEN'"
                + " and benutzer = '" + kollegin + "' and objekt_typ = 'Anmeldung'")).hasSize(4)
                .allSatisfy(a -> assertThat(a).contains("\"kreis\":\"" + slug + "\"", "\"adresse\":\"" + x + "\"",
                        "\"zeitpunkt\":\"").doesNotContain("Geheim-Falsch-9"));
        assertThat(db.spalte("select aenderung from platform.audit_log where aktion = 'ANMELDUNG_GEBREMST'"
                + " and benutzer = '" + kollegin + "'")).as("one entry for the lock, not one per refused request")
                .singleElement().satisfies(a -> assertThat(a).contains("\"wartezeitSekunden\":1")
                        .doesNotContain(PASSWORT));
    }

    @Test
    void derProtokolleintragBleibtAuchWennDieUmgebendeTransaktionZurueckrollt() {
        String x = adresse();
        String name = slug + ".niemand";
        transaktionen.executeWrite(status -> {
            fehler(() -> anmeldung.anmelden(Kreiswahl.kreis(slug), name + "\n12:00 INFO Anmeldung erfolgreich",
                    "falsch", x));
            status.setRollbackOnly();
            return null;
        });
        assertThat(new Datenbank(ctx).spalte("select benutzer from platform.audit_log"
                + " where aktion = 'ANMELDUNG_FEHLGESCHLAGEN' and aenderung like '%\"" + x + "\"%'"))
                .containsExactly(name + "?12:00 info anmeldung erfolgreich");
    }

    @Test
    void zweiKnotenTeilenDenZustandUeberDieDatenbank() {
        try (ApplicationContext zweiter = ApplicationContext.run(Map.<String, Object>of(StellbareUhr.AN, "true"), "test")) {
            StellbareUhr uhrZwei = zweiter.getBean(StellbareUhr.class);
            uhrZwei.stellen(uhr.instant());
            Anmeldung knotenZwei = zweiter.getBean(Anmeldung.class);
            assertThat(knotenZwei).isNotSameAs(anmeldung);
            for (int i = 0; i < 4; i++) {
                fehler(() -> anmeldung.anmelden(Kreiswahl.kreis(slug), kollegin, "falsch", adresse()));
            }
            FachlicherFehler f = fehler(() -> knotenZwei.anmelden(Kreiswahl.kreis(slug), kollegin, PASSWORT, adresse()));
            assertThat(f.art()).isEqualTo(Art.ZU_VIELE_VERSUCHE);
            assertThat(f.wartezeit()).hasValue(Duration.ofSeconds(1));

            uhrZwei.vorstellen(Duration.ofSeconds(1));
            assertThat(knotenZwei.anmelden(Kreiswahl.kreis(slug), kollegin, PASSWORT, adresse()).kreisSlug())
                    .isEqualTo(slug);
            // node two's success reset the account for node one too: four more failures before the next wait
            uhr.vorstellen(Duration.ofSeconds(1));
            for (int i = 0; i < 3; i++) {
                assertThat(fehler(() -> anmeldung.anmelden(Kreiswahl.kreis(slug), kollegin, "falsch", adresse())).art())
                        .isEqualTo(Art.NICHT_ANGEMELDET);
            }
        }
    }

    @Test
    void unbekannterKreisUndFremderKreisSehenAusWieFalschesPasswort() {
        String anderer = TestKreise.slug("fremd");
        TestKreise.onboarden(ctx, anderer);
        for (Kreiswahl wahl : new Kreiswahl[] {Kreiswahl.kreis("gibt-es-nicht"), Kreiswahl.kreis(anderer),
                Kreiswahl.betriebskonto()}) {
            FachlicherFehler f = fehler(() -> anmeldung.anmelden(wahl, kollegin, PASSWORT, adresse()));
            assertThat(f.code()).as(wahl.toString()).isEqualTo("anmeldung.fehlgeschlagen");
        }
        assertThat(anmeldung.anmelden(Kreiswahl.betriebskonto(), Betreiberkonto.BENUTZERNAME,
                TestKreise.BETREIBER_PASSWORT, adresse()).istBetreiber()).isTrue();
    }

    static FachlicherFehler fehler(Runnable anmelden) {
        FachlicherFehler f = catchThrowableOfType(FachlicherFehler.class, anmelden::run);
        assertThat(f).as("the sign-in must fail").isNotNull();
        return f;
    }

    /** A client address (IPv4) no other test uses, as the servers hand it over. */
    static String adresse() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }
}
