package de.teilhabe.platform.sicherheit;

import static org.assertj.core.api.Assertions.assertThat;

import de.teilhabe.platform.demo.DemoDaten;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The password policy's rules one by one (issue 14: „1234567890“, „passwort12“ and the user name were accepted). */
class PasswortregelnTest {

    @Test
    void zuKurz() {
        assertThat(Passwortregeln.verstoss("neun-zchn", "a.b", null)).contains(Passwortregeln.ZU_KURZ);
        assertThat(Passwortregeln.verstoss(null, "a.b", null)).contains(Passwortregeln.ZU_KURZ);
    }

    @Test
    void haeufigAuchMitZiffernOderZeichenDavorOderDahinter() {
        for (String p : new String[] {"1234567890", "qwertyuiop", "PASSWORD123", "passwort12", "Passwort2024!",
                "!!dragon2024", "Sommer12345", "michael1234"}) {
            assertThat(Passwortregeln.verstoss(p, "x.y", null)).as(p).contains(Passwortregeln.HAEUFIG);
        }
    }

    @Test
    void benutzernameOhneRuecksichtAufGrossUndKleinschreibung() {
        assertThat(Passwortregeln.verstoss("rkn.admin1", "rkn.admin1", null)).contains(Passwortregeln.ENTHAELT_BENUTZERNAME);
        assertThat(Passwortregeln.verstoss("Mein-RKN.Admin-Zugang", "rkn.admin", null))
                .contains(Passwortregeln.ENTHAELT_BENUTZERNAME);
    }

    @Test
    void kreisnameUndSeineWoerter() {
        assertThat(Passwortregeln.verstoss("Kreis Coesfeld", "coe.cm", "Kreis Coesfeld"))
                .contains(Passwortregeln.ENTHAELT_KREIS);
        assertThat(Passwortregeln.verstoss("kreiscoesfeld-7", "coe.cm", "Kreis Coesfeld"))
                .contains(Passwortregeln.ENTHAELT_KREIS);
        assertThat(Passwortregeln.verstoss("ich-liebe-COESFELD", "coe.cm", "Kreis Coesfeld"))
                .contains(Passwortregeln.ENTHAELT_KREIS);
        assertThat(Passwortregeln.verstoss("Neuss-am-Rhein!", "rkn.cm", "Rhein-Kreis Neuss"))
                .contains(Passwortregeln.ENTHAELT_KREIS);
        // „Kreis“ alone is no part of a name
        assertThat(Passwortregeln.verstoss("Kreisel-Ampel-Wiese", "coe.cm", "Kreis Coesfeld")).isEmpty();
    }

    @Test
    void gutePasswoerterUndDieDemoZugaenge() {
        assertThat(Passwortregeln.verstoss("Feldweg-Ampel-Kompass-7", "rkn.cm", "Rhein-Kreis Neuss")).isEmpty();
        for (String kreis : new String[] {"Rhein-Kreis Neuss", "Kreis Coesfeld", "Kreis Steinfurt"}) {
            for (String name : new String[] {"rkn.admin", "coe.ki", "st.gremium", "betrieb"}) {
                assertThat(Passwortregeln.verstoss(DemoDaten.PASSWORT, name, kreis)).isEqualTo(Optional.empty());
            }
        }
    }

    @Test
    void dieListeIstDieVollstaendigeTop10000() {
        assertThat(Passwortregeln.anzahlHaeufige()).isBetween(9_900, 10_000);
    }

    @Test
    void kern() {
        assertThat(Passwortregeln.kern("12passwort34!")).isEqualTo("passwort");
        assertThat(Passwortregeln.kern("1234567890")).isEmpty();
    }
}
