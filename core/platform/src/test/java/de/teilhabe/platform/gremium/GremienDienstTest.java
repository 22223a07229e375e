package de.teilhabe.platform.gremium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.teilhabe.platform.audit.AuditEintrag;
import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.Art;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class GremienDienstTest {

    @Inject ApplicationContext ctx;

    GremienFixture f;

    @BeforeEach
    void kreis() {
        f = new GremienFixture(ctx, "grm");
    }

    @Test
    void lenkungsgruppeMitArbeitsgruppenDarunter() {
        Gremium lg = f.lenkungsgruppe();
        Gremium struktur = f.unter(lg, "Arbeitsgruppe Strukturebene", Ebene.STRUKTUR);
        Gremium fall = f.unter(lg, "Arbeitsgruppe Fallebene", Ebene.FALL);

        GremiumAnsicht ansicht = f.gremien.ansicht(f.leser, lg.id());
        assertThat(ansicht.gremium().rhythmus())
                .isEqualTo(new Rhythmus(null, 2, true, "ca. zweimal im Jahr sowie nach Bedarf"));
        assertThat(ansicht.gremium().programme()).containsExactly("kim");
        assertThat(ansicht.gremium().aufgaben()).hasSize(2);
        assertThat(ansicht.gremium().konstituiertAm()).isEqualTo(LocalDate.of(2021, 3, 17));
        assertThat(ansicht.untergremien()).extracting(GremiumAnsicht.Verweis::name)
                .containsExactly("Arbeitsgruppe Fallebene", "Arbeitsgruppe Strukturebene");
        assertThat(f.gremien.ansicht(f.cm, fall.id()).uebergeordnet()).isEqualTo("Lenkungsgruppe");
        assertThat(f.gremien.liste(f.leser, "kim")).extracting(Gremium::id)
                .containsExactlyInAnyOrder(lg.id(), struktur.id(), fall.id());
        assertThat(f.gremien.liste(f.leser, "durchstarten")).isEmpty();

        List<AuditEintrag> audit = ctx.getBean(AuditProtokoll.class).neueste(f.admin, 10);
        assertThat(audit).filteredOn(e -> e.objektId().equals(lg.id().toString())).singleElement()
                .satisfies(e -> {
                    assertThat(e.aktion()).isEqualTo("ANGELEGT");
                    assertThat(e.benutzer()).isEqualTo(f.ki.benutzername());
                    assertThat(e.aenderung()).contains("\"name\":[null,\"Lenkungsgruppe\"]");
                });
    }

    @Test
    void gremiumKannNichtSeinEigenerVorfahreSein() {
        Gremium lg = f.lenkungsgruppe();
        Gremium ag = f.unter(lg, "Arbeitsgruppe Strukturebene", Ebene.STRUKTUR);
        Gremium uag = f.unter(ag, "Unterarbeitsgruppe Wohnen", Ebene.ARBEIT);

        GremiumDaten lgUnterUag = new GremiumDaten("Lenkungsgruppe", GremiumTyp.LENKUNGSGRUPPE, Ebene.STEUERUNG,
                List.of("kim"), uag.id(), null, List.of(), null, GremienFixture.KONSTITUIERT, null);
        assertThatThrownBy(() -> f.gremien.aendern(f.ki, lg.id(), lg.version(), lgUnterUag))
                .isInstanceOfSatisfying(FachlicherFehler.class, e -> {
                    assertThat(e.feldfehler()).extracting(Feldfehler::feld, Feldfehler::code)
                            .containsExactly(tuple("uebergeordnetId", "gremium.zyklus"));
                    assertThat(e.feldfehler().get(0).text(Locale.GERMAN)).isEqualTo("Ein Gremium kann nicht unter "
                            + "sich selbst stehen: Lenkungsgruppe → Unterarbeitsgruppe Wohnen → Arbeitsgruppe "
                            + "Strukturebene → Lenkungsgruppe.");
                });
        GremiumDaten selbst = new GremiumDaten("Arbeitsgruppe Strukturebene", GremiumTyp.ARBEITSGRUPPE, null,
                List.of("kim"), ag.id(), null, null, null, GremienFixture.KONSTITUIERT, null);
        assertThatThrownBy(() -> f.gremien.aendern(f.ki, ag.id(), ag.version(), selbst))
                .isInstanceOfSatisfying(FachlicherFehler.class, e -> assertThat(e.feldfehler())
                        .extracting(Feldfehler::code).containsExactly("gremium.zyklus"));
        assertThat(f.gremien.ansicht(f.ki, lg.id()).gremium()).isEqualTo(GremiumStamm.von(lg));
    }

    @Test
    void pflichtfelderUndProgrammkennungen() {
        // name, type and the day of constitution are constraints of the record: answered before the rules run
        GremiumDaten leer = new GremiumDaten(" ", null, null, List.of("KIM", "kim 2"), null, null, null,
                new Rhythmus(0, 2, false, null), null, null);
        assertThatThrownBy(() -> f.gremien.anlegen(f.ki, leer))
                .isInstanceOfSatisfying(FachlicherFehler.class, e -> assertThat(e.feldfehler())
                        .extracting(Feldfehler::feld, Feldfehler::code).containsExactly(
                                tuple("konstituiertAm", "pflichtfeld"),
                                tuple("name", "pflichtfeld"),
                                tuple("typ", "pflichtfeld")));
        GremiumDaten falsch = new GremiumDaten("AG Programmkennungen", GremiumTyp.ARBEITSGRUPPE, null,
                List.of("KIM", "kim 2"), null, null, null, new Rhythmus(0, 2, false, null),
                GremienFixture.KONSTITUIERT, null);
        assertThatThrownBy(() -> f.gremien.anlegen(f.ki, falsch))
                .isInstanceOfSatisfying(FachlicherFehler.class, e -> assertThat(e.feldfehler())
                        .extracting(Feldfehler::feld, Feldfehler::code).containsExactly(
                                tuple("programme[1]", "gremium.programm.ungueltig"),
                                tuple("rhythmus.abstandTage", "gremium.rhythmus.bereich"),
                                tuple("rhythmus.sitzungenProJahr", "gremium.rhythmus.doppelt")));
        assertThat(f.gremien.liste(f.ki, null)).isEmpty();
    }

    @Test
    void namenJeProgrammEindeutig() {
        f.lenkungsgruppe();
        assertThatThrownBy(f::lenkungsgruppe).isInstanceOfSatisfying(FachlicherFehler.class,
                e -> {
                    assertThat(e.art()).isEqualTo(Art.KONFLIKT);
                    assertThat(e.feldfehler()).extracting(Feldfehler::code).containsExactly("gremium.name.vergeben");
                });
        Gremium andere = f.gremien.anlegen(f.ki, new GremiumDaten("lenkungsgruppe", GremiumTyp.LENKUNGSGRUPPE, null,
                List.of("durchstarten"), null, null, null, null, GremienFixture.KONSTITUIERT, null));
        assertThat(andere.name()).isEqualTo("lenkungsgruppe");
    }

    @Test
    void aufloesungBeendetOffeneMitgliedschaftenUndLiegtNichtVorSitzungen() {
        Gremium lg = f.lenkungsgruppe();
        Mitgliedschaft offen = f.mitglied(lg, f.person("Dirk Brügge"), Mitgliedsrolle.VORSITZ,
                GremienFixture.KONSTITUIERT);
        f.sitzung(lg, LocalDate.of(2022, 5, 1));

        GremiumDaten zuFrueh = lg.daten();
        GremiumDaten aufgeloest2022 = new GremiumDaten(lg.name(), lg.typ(), lg.ebene(), lg.programme(), null,
                lg.zweck(), lg.aufgaben(), lg.rhythmus(), lg.konstituiertAm(), LocalDate.of(2022, 4, 30));
        assertThatThrownBy(() -> f.gremien.aendern(f.ki, lg.id(), lg.version(), aufgeloest2022))
                .isInstanceOfSatisfying(FachlicherFehler.class, e -> assertThat(e.feldfehler())
                        .extracting(Feldfehler::feld, Feldfehler::code)
                        .containsExactly(tuple("aufgeloestAm", "gremium.lebensdauer.sitzung")));
        GremiumDaten spaeterKonstituiert = new GremiumDaten(lg.name(), lg.typ(), lg.ebene(), lg.programme(), null,
                lg.zweck(), lg.aufgaben(), lg.rhythmus(), LocalDate.of(2021, 6, 1), null);
        assertThatThrownBy(() -> f.gremien.aendern(f.ki, lg.id(), lg.version(), spaeterKonstituiert))
                .isInstanceOfSatisfying(FachlicherFehler.class, e -> assertThat(e.feldfehler())
                        .extracting(Feldfehler::code).containsExactly("gremium.lebensdauer.mitgliedschaft"));

        Gremium neu = f.gremien.aendern(f.ki, lg.id(), lg.version(), new GremiumDaten(zuFrueh.name(), zuFrueh.typ(),
                zuFrueh.ebene(), zuFrueh.programme(), null, zuFrueh.zweck(), zuFrueh.aufgaben(), zuFrueh.rhythmus(),
                zuFrueh.konstituiertAm(), LocalDate.of(2023, 12, 31)));
        assertThat(neu.version()).isEqualTo(lg.version() + 1);
        assertThat(f.gremien.ansicht(f.ki, lg.id()).mitglieder()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(offen.id());
            assertThat(m.bis()).isEqualTo(LocalDate.of(2023, 12, 31));
        });
    }

    @Test
    void veralteteVersionUeberschreibtNicht() {
        Gremium lg = f.lenkungsgruppe();
        f.gremien.aendern(f.ki, lg.id(), lg.version(), GremienFixture.daten("Lenkungsgruppe KIM",
                GremiumTyp.LENKUNGSGRUPPE, Ebene.STEUERUNG, null));
        assertThatThrownBy(() -> f.gremien.aendern(f.admin, lg.id(), lg.version(), GremienFixture.daten(
                "Lenkungsgruppe alt", GremiumTyp.LENKUNGSGRUPPE, Ebene.STEUERUNG, null)))
                .isInstanceOfSatisfying(FachlicherFehler.class, e -> assertThat(e.code()).isEqualTo("konflikt.veraltet"));
        assertThat(f.gremien.ansicht(f.leser, lg.id()).gremium().name()).isEqualTo("Lenkungsgruppe KIM");
    }

    @Test
    void nurKoordinationUndAdminSchreiben() {
        Gremium lg = f.lenkungsgruppe();
        for (var nutzer : List.of(f.leser, f.cm, f.traeger)) {
            assertThatThrownBy(() -> f.gremien.anlegen(nutzer, GremienFixture.daten("AG", GremiumTyp.ARBEITSGRUPPE,
                    null, lg.id()))).isInstanceOfSatisfying(FachlicherFehler.class,
                    e -> assertThat(e.art()).isEqualTo(Art.VERBOTEN));
        }
        assertThatThrownBy(() -> f.gremien.liste(f.traeger, null)).isInstanceOfSatisfying(FachlicherFehler.class,
                e -> assertThat(e.art()).isEqualTo(Art.VERBOTEN));
        assertThat(f.gremien.anlegen(f.admin, GremienFixture.daten("AG", GremiumTyp.ARBEITSGRUPPE, null, lg.id()))
                .uebergeordnetId()).isEqualTo(lg.id());
    }
}
