package de.teilhabe.platform.benutzer;

import de.teilhabe.platform.sicherheit.Benutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Anmeldung;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.teilhabe.platform.audit.AuditEintrag;
import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.Art;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class BenutzerverwaltungTest {

    @Inject ApplicationContext ctx;
    @Inject Benutzerverwaltung verwaltung;
    @Inject Anmeldung anmeldung;
    @Inject AuditProtokoll audit;

    String slug;
    Nutzer admin;

    @BeforeEach
    void kreis() {
        slug = TestKreise.slug("konten");
        TestKreise.onboarden(ctx, slug);
        admin = TestKreise.admin(ctx, slug);
    }

    @Test
    void adminLegtKontoAnDasSichAnmeldenKann() {
        Konto cm = verwaltung.anlegen(admin, new BenutzerDaten(slug + ".CM", "Teilhabemanagerin 1",
                Set.of(Rolle.CASE_MANAGEMENT), true, "startpasswort-1"));
        assertThat(cm.benutzername()).isEqualTo(slug + ".cm");
        Nutzer angemeldet = anmeldung.anmelden(slug + ".cm", "startpasswort-1", "test");
        assertThat(angemeldet.kreisSlug()).isEqualTo(slug);
        assertThat(angemeldet.rollen()).containsExactly(Rolle.CASE_MANAGEMENT);

        AuditEintrag eintrag = audit.neueste(admin, 1).get(0);
        assertThat(eintrag.aktion()).isEqualTo("ANGELEGT");
        assertThat(eintrag.objektTyp()).isEqualTo("Benutzer");
        assertThat(eintrag.aenderung()).contains("CASE_MANAGEMENT").doesNotContain("startpasswort");
    }

    @Test
    void einKontoWirdInaktivAngelegtWennSoGewuenscht() {
        Konto spaeter = verwaltung.anlegen(admin, new BenutzerDaten(slug + ".spaeter", "Ab nächstem Monat",
                Set.of(Rolle.CASE_MANAGEMENT), false, "startpasswort-1"));
        assertThat(spaeter.aktiv()).isFalse();
        assertThatThrownBy(() -> anmeldung.anmelden(slug + ".spaeter", "startpasswort-1", "test"))
                .isInstanceOfSatisfying(FachlicherFehler.class,
                        f -> assertThat(f.art()).isEqualTo(Art.NICHT_ANGEMELDET));
    }

    @Test
    void deaktiviertesKontoKannSichNichtAnmelden() {
        Konto k = verwaltung.anlegen(admin, new BenutzerDaten(slug + ".weg", "Weg", Set.of(Rolle.GREMIUM_LESERECHT),
                true, "startpasswort-1"));
        Konto aus = verwaltung.aendern(admin, k.id(), k.version(),
                new BenutzerDaten(null, "Weg", Set.of(Rolle.GREMIUM_LESERECHT), false, null));
        assertThat(aus.aktiv()).isFalse();
        assertThatThrownBy(() -> anmeldung.anmelden(slug + ".weg", "startpasswort-1", "test"))
                .isInstanceOfSatisfying(FachlicherFehler.class,
                        f -> assertThat(f.art()).isEqualTo(Art.NICHT_ANGEMELDET));
        assertThatThrownBy(() -> verwaltung.aendern(admin, k.id(), k.version(),
                new BenutzerDaten(null, "Weg", Set.of(Rolle.GREMIUM_LESERECHT), true, null)))
                .isInstanceOfSatisfying(FachlicherFehler.class,
                        f -> assertThat(f.code()).isEqualTo("konflikt.veraltet"));
    }

    @Test
    void anzeigenameUndRollenSindPflichtDerBenutzernameNurBeimAnlegen() {
        int vorher = verwaltung.liste(admin).size();
        assertThatThrownBy(() -> verwaltung.anlegen(admin, new BenutzerDaten(" ", " ", Set.of(), true,
                "startpasswort-1"))).isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.feldfehler())
                .extracting(Feldfehler::feld, Feldfehler::code).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("anzeigename", "pflichtfeld"),
                        org.assertj.core.groups.Tuple.tuple("rollen", "benutzer.rollen.leer")));
        // the user name is needed when creating only (a change keeps it): the service's rule, after the constraints
        assertThatThrownBy(() -> verwaltung.anlegen(admin, new BenutzerDaten(" ", "Ohne Namen",
                Set.of(Rolle.CASE_MANAGEMENT), true, "startpasswort-1")))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.feldfehler())
                        .extracting(Feldfehler::feld, Feldfehler::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("benutzername", "pflichtfeld")));
        Konto selbst = verwaltung.liste(admin).stream().filter(k -> k.id().equals(admin.id())).findFirst()
                .orElseThrow();
        Konto umbenannt = verwaltung.aendern(admin, selbst.id(), selbst.version(),
                new BenutzerDaten(null, "Kreis-Admin", Set.of(Rolle.KREIS_ADMIN), true, null));
        assertThat(umbenannt.benutzername()).isEqualTo(selbst.benutzername());
        assertThat(umbenannt.anzeigename()).isEqualTo("Kreis-Admin");
        assertThat(verwaltung.liste(admin)).hasSize(vorher);
    }

    @Test
    void keineBetreiberRolleUndKeinSelbstaussperren() {
        assertThatThrownBy(() -> verwaltung.anlegen(admin, new BenutzerDaten(slug + ".boss", "Boss",
                Set.of(Rolle.BETREIBER), true, "startpasswort-1")))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.feldfehler())
                        .extracting(Feldfehler::code).containsExactly("benutzer.rolle.betreiber"));
        Konto selbst = verwaltung.liste(admin).stream().filter(k -> k.id().equals(admin.id())).findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> verwaltung.aendern(admin, selbst.id(), selbst.version(),
                new BenutzerDaten(null, "Admin", Set.of(Rolle.KI_KOORDINATION), true, null)))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.feldfehler())
                        .extracting(Feldfehler::code).containsExactly("benutzer.selbst.aussperren"));
    }

    @Test
    void kontenEinesAnderenKreisesSindUnsichtbar() {
        String anderer = TestKreise.slug("fremd");
        TestKreise.onboarden(ctx, anderer);
        Nutzer fremderAdmin = TestKreise.admin(ctx, anderer);
        assertThat(verwaltung.liste(admin)).extracting(Konto::benutzername).containsExactly(slug + ".admin");
        assertThatThrownBy(() -> verwaltung.aendern(admin, fremderAdmin.id(), 0,
                new BenutzerDaten(null, "Gekapert", Set.of(Rolle.KREIS_ADMIN), false, null)))
                .isInstanceOfSatisfying(FachlicherFehler.class,
                        f -> assertThat(f.art()).isEqualTo(Art.NICHT_GEFUNDEN));
        Nutzer koordination = new Nutzer(admin.id(), "x", "x", slug, "x", Set.of(Rolle.KI_KOORDINATION));
        assertThatThrownBy(() -> verwaltung.liste(koordination))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.art()).isEqualTo(Art.VERBOTEN));
    }
}
