package de.teilhabe.platform.sicherheit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.teilhabe.platform.fehler.Art;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.testing.Datenbank;
import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Locale;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
@Property(name = "teilhabe.anmeldung.max-fehlversuche", value = "3")
class AnmeldungTest {

    @Inject ApplicationContext ctx;
    @Inject Anmeldung anmeldung;

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
    void nachDreiFehlversuchenGesperrtAuchMitRichtigemPasswort() {
        String slug = TestKreise.slug("sperre");
        TestKreise.onboarden(ctx, slug);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> anmeldung.anmelden(slug + ".admin", "falsch", "10.0.0.1"))
                    .isInstanceOfSatisfying(FachlicherFehler.class,
                            f -> assertThat(f.art()).isEqualTo(Art.NICHT_ANGEMELDET));
        }
        assertThatThrownBy(() -> anmeldung.anmelden(slug + ".admin", TestKreise.ADMIN_PASSWORT, "10.0.0.2"))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> {
                    assertThat(f.art()).isEqualTo(Art.ZU_VIELE_VERSUCHE);
                    assertThat(f.text(Locale.GERMAN)).isEqualTo(
                            "Zu viele fehlgeschlagene Anmeldungen. Bitte in 15 Minuten erneut versuchen.");
                });
    }

    @Test
    void unbekannterBenutzerSiehtAusWieFalschesPasswort() {
        assertThatThrownBy(() -> anmeldung.anmelden("gibt-es-nicht", "egal-was", "10.0.0.9"))
                .isInstanceOfSatisfying(FachlicherFehler.class,
                        f -> assertThat(f.code()).isEqualTo("anmeldung.fehlgeschlagen"));
    }

    @Test
    void fehlgeschlageneAnmeldungSchreibtKeineGefaelschteZeileInsProtokoll() {
        assertThat(Anmeldung.fuerProtokoll("admin\n12:00:00 INFO Anmeldung erfolgreich\u0085"))
                .isEqualTo("admin?12:00:00 INFO Anmeldung erfolgreich?");
        assertThat(Anmeldung.fuerProtokoll("x".repeat(100_000))).hasSize(65).endsWith("…");
        assertThat(Anmeldung.fuerProtokoll(null)).isEmpty();
    }
}
