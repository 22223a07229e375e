package de.teilhabe.platform.kreis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.teilhabe.platform.mandant.KreisSchema;
import de.teilhabe.platform.mandant.Mandant;
import de.teilhabe.platform.mandant.MandantRepository;
import de.teilhabe.platform.sicherheit.BenutzerRepository;
import de.teilhabe.platform.sicherheit.Passwoerter;
import de.teilhabe.platform.testing.Datenbank;
import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A failure in the last step of onboarding leaves no schema, role or row behind, and a retry then succeeds. */
@MicronautTest(transactional = false)
@Property(name = "test.onboarding-stoerung", value = "true")
class OnboardingAtomarTest {

    static final AtomicBoolean STOEREN = new AtomicBoolean();

    @Inject ApplicationContext ctx;
    @Inject KreisVerwaltung verwaltung;

    @Test
    void fehlerImLetztenSchrittHinterlaesstNichts() {
        String slug = TestKreise.slug("atomar");
        String schema = "kreis_" + slug.replace('-', '_');
        Datenbank db = new Datenbank(ctx);
        var betreiber = TestKreise.betreiber(ctx);

        STOEREN.set(true);
        assertThatThrownBy(() -> verwaltung.onboarden(betreiber, TestKreise.rknAntrag(slug)))
                .hasMessageContaining("Störung");

        assertThat(db.anzahl("select count(*) from pg_namespace where nspname = '" + schema + "'")).isZero();
        assertThat(db.anzahl("select count(*) from pg_roles where rolname like '%_" + schema + "'")).isZero();
        assertThat(db.anzahl("select count(*) from platform.kreis where slug = '" + slug + "'")).isZero();
        assertThat(db.anzahl("select count(*) from platform.benutzer where benutzername = '" + slug + ".admin'"))
                .isZero();

        STOEREN.set(false);
        assertThat(verwaltung.onboarden(betreiber, TestKreise.rknAntrag(slug)).slug()).isEqualTo(slug);
        assertThat(db.anzahl("select count(*) from " + schema + ".kommune")).isEqualTo(8);
    }

    /** Writes the platform rows, then fails: as if the database went away at the worst moment. */
    @Singleton
    @Replaces(KreisRegistrierung.class)
    @Requires(property = "test.onboarding-stoerung", value = "true")
    static class GestoerteRegistrierung extends KreisRegistrierung {

        GestoerteRegistrierung(MandantRepository m, BenutzerRepository b, Passwoerter p) {
            super(m, b, p);
        }

        @Override
        Mandant eintragen(KreisSchema kreis, OnboardingAntrag antrag) {
            Mandant mandant = super.eintragen(kreis, antrag);
            if (STOEREN.get()) {
                throw new IllegalStateException("Störung nach dem Eintragen");
            }
            return mandant;
        }
    }
}
