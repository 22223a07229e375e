package de.teilhabe.platform.sicherheit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.teilhabe.platform.fehler.Art;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.testing.Datenbank;
import de.teilhabe.platform.testing.StellbareUhr;
import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Locale;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
@Property(name = "teilhabe.anmeldung.konto.freie-fehlversuche", value = "3")
@Property(name = StellbareUhr.AN, value = "true")
class AnmeldungTest {

    @Inject ApplicationContext ctx;
    @Inject Anmeldung anmeldung;
    @Inject StellbareUhr uhr;

    @Test
    void passwortIstArgon2idGehasht() {
        String slug = TestKreise.slug("hash");
        TestKreise.onboarden(ctx, slug);
        String hash = new Datenbank(ctx).spalte(
                "select passwort_hash from platform.benutzer where benutzername = '" + slug + ".admin'").get(0);
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(TestKreise.ADMIN_PASSWORT);
        assertThat(anmeldung.anmelden(slug.toUpperCase(Locale.ROOT) + ".ADMIN", TestKreise.ADMIN_PASSWORT, "1.2.3.4")
                .kreisSlug()).isEqualTo(slug);
    }

    @Test
    void nachVierFehlversuchenWartetAuchDasRichtigePasswortNurKurz() {
        String slug = TestKreise.slug("sperre");
        TestKreise.onboarden(ctx, slug);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> anmeldung.anmelden(slug + ".admin", "falsch", AnmeldeschutzTest.adresse()))
                    .isInstanceOfSatisfying(FachlicherFehler.class,
                            f -> assertThat(f.art()).isEqualTo(Art.NICHT_ANGEMELDET));
        }
        assertThatThrownBy(() -> anmeldung.anmelden(slug + ".admin", TestKreise.ADMIN_PASSWORT,
                AnmeldeschutzTest.adresse()))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> {
                    assertThat(f.art()).isEqualTo(Art.ZU_VIELE_VERSUCHE);
                    assertThat(f.wartesekunden()).hasValue(1L);
                    assertThat(f.text(Locale.GERMAN)).isEqualTo(
                            "Zu viele fehlgeschlagene Anmeldungen. Bitte in 1 Sekunde erneut versuchen.");
                    assertThat(f.text(Locale.ENGLISH)).isEqualTo(
                            "Too many failed sign-ins. Please try again in 1 second.");
                });
        uhr.vorstellen(java.time.Duration.ofSeconds(1));
        assertThat(anmeldung.anmelden(slug + ".admin", TestKreise.ADMIN_PASSWORT, AnmeldeschutzTest.adresse())
                .kreisSlug()).isEqualTo(slug);
    }

    @Test
    void unbekannterBenutzerSiehtAusWieFalschesPasswort() {
        assertThatThrownBy(() -> anmeldung.anmelden("gibt-es-nicht-" + slugFrei(), "egal-was",
                AnmeldeschutzTest.adresse()))
                .isInstanceOfSatisfying(FachlicherFehler.class,
                        f -> assertThat(f.code()).isEqualTo("anmeldung.fehlgeschlagen"));
    }

    private static String slugFrei() {
        return TestKreise.slug("frei");
    }

    @Test
    void fehlgeschlageneAnmeldungSchreibtKeineGefaelschteZeileInsProtokoll() {
        assertThat(Anmeldung.fuerProtokoll("admin\n12:00:00 INFO Anmeldung erfolgreich\u0085"))
                .isEqualTo("admin?12:00:00 INFO Anmeldung erfolgreich?");
        assertThat(Anmeldung.fuerProtokoll("x".repeat(100_000))).hasSize(65).endsWith("…");
        assertThat(Anmeldung.fuerProtokoll(null)).isEmpty();
    }
}
