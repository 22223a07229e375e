package de.teilhabe.platform.traeger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.teilhabe.platform.benutzer.BenutzerDaten;
import de.teilhabe.platform.benutzer.Benutzerverwaltung;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A Maßnahmeträger account works for one provider; only the Kreis admin links it, and only such an account. */
@MicronautTest(transactional = false)
class TraegerKontenTest {

    @Inject ApplicationContext ctx;
    @Inject TraegerVerzeichnis verzeichnis;
    @Inject TraegerKonten konten;
    @Inject Benutzerverwaltung benutzer;

    Nutzer admin;
    String slug;
    UUID caritas;
    UUID kja;

    @BeforeEach
    void kreis() {
        slug = TestKreise.slug("tkonto");
        TestKreise.onboarden(ctx, slug);
        admin = TestKreise.admin(ctx, slug);
        caritas = verzeichnis.anlegen(admin, new TraegerDaten("Caritas Sozialdienste", "Caritas", null, null, List.of(),
                Set.of())).stamm().id();
        kja = verzeichnis.anlegen(admin, new TraegerDaten("Kolping-Jugendausbildung", "KJA", null, null, List.of(),
                Set.of())).stamm().id();
        konto(slug + ".caritas", Rolle.MASSNAHMETRAEGER);
        konto(slug + ".cm", Rolle.CASE_MANAGEMENT);
    }

    @Test
    void kontoArbeitetFuerEinenTraeger() {
        konten.zuordnen(admin, caritas, slug + ".caritas");
        assertThat(konten.konten(admin, caritas)).containsExactly(slug + ".caritas");
        assertThat(konten.traegerVon(nutzer(slug + ".caritas", Rolle.MASSNAHMETRAEGER))).contains(caritas);

        konten.zuordnen(admin, kja, slug + ".caritas");
        assertThat(konten.konten(admin, caritas)).isEmpty();
        assertThat(konten.traegerVon(nutzer(slug + ".caritas", Rolle.MASSNAHMETRAEGER))).contains(kja);

        konten.loesen(admin, slug + ".caritas");
        assertThat(konten.traegerVon(nutzer(slug + ".caritas", Rolle.MASSNAHMETRAEGER))).isEmpty();
    }

    @Test
    void nurTraegerkontenUndNurDerKreisAdmin() {
        assertThatThrownBy(() -> konten.zuordnen(admin, caritas, slug + ".cm"))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.feldfehler())
                        .anySatisfy(e -> assertThat(e.code()).isEqualTo("traeger.konto.keine.traegerrolle")));
        assertThatThrownBy(() -> konten.zuordnen(admin, caritas, "gibt.es.nicht"))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.feldfehler())
                        .anySatisfy(e -> assertThat(e.code()).isEqualTo("traeger.konto.unbekannt")));
        assertThatThrownBy(() -> konten.zuordnen(nutzer(slug + ".ki", Rolle.KI_KOORDINATION), caritas, slug + ".caritas"))
                .isInstanceOf(FachlicherFehler.class);
        assertThat(konten.konten(admin, caritas)).isEmpty();
    }

    private void konto(String name, Rolle rolle) {
        benutzer.anlegen(admin, new BenutzerDaten(name, name, Set.of(rolle), true, "ein-langes-passwort-123"));
    }

    private Nutzer nutzer(String name, Rolle rolle) {
        return new Nutzer(admin.id(), name, name, slug, admin.kreisName(), Set.of(rolle));
    }
}
