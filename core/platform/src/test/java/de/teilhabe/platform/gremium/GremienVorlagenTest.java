package de.teilhabe.platform.gremium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.teilhabe.plugin.api.gremium.Gremienebene;
import de.teilhabe.plugin.api.gremium.Gremiumvorlage;
import de.teilhabe.plugin.api.gremium.Rollenvorlage;
import de.teilhabe.plugin.api.gremium.Sitzungsrhythmus;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Creating a program's structure from plugin templates (shaped like the KIM plugin's). */
@MicronautTest(transactional = false)
class GremienVorlagenTest {

    static final List<Gremiumvorlage> KIM = List.of(
            new Gremiumvorlage("kim.lenkungsgruppe", "Lenkungsgruppe", Gremienebene.STEUERUNG, Optional.empty(),
                    List.of("Strategische Steuerung von KIM gewährleisten"),
                    List.of(Rollenvorlage.vorsitz("Kreisdirektor/in"),
                            Rollenvorlage.geschaeftsfuehrung("Kommunales Integrationszentrum"),
                            Rollenvorlage.mitgliedJeKommune("Dezernent/in"),
                            Rollenvorlage.mitglied("Leitung Jobcenter")),
                    Sitzungsrhythmus.proJahrUndNachBedarf(2, "ca. zweimal im Jahr sowie nach Bedarf")),
            new Gremiumvorlage("kim.koordinierende-stellen", "Austausch der koordinierenden Stellen",
                    Gremienebene.KOORDINATION, Optional.of("kim.lenkungsgruppe"), List.of(),
                    List.of(Rollenvorlage.mitgliederNachThema("Strategische Koordinierungsstellen im KI")),
                    Sitzungsrhythmus.alleTage(14, "alle 14 Tage")),
            new Gremiumvorlage("kim.ag-strukturebene", "Arbeitsgruppe Strukturebene", Gremienebene.STRUKTUR,
                    Optional.of("kim.lenkungsgruppe"), List.of("Entscheidungen für die Lenkungsgruppe vorbereiten"),
                    List.of(Rollenvorlage.mitgliederNachThema("Jobcenter")), Sitzungsrhythmus.nachBedarf("nach Bedarf")),
            new Gremiumvorlage("kim.ag-fallebene", "Arbeitsgruppe Fallebene", Gremienebene.FALL,
                    Optional.of("kim.koordinierende-stellen"), List.of("Einzelfälle besprechen"), List.of(),
                    Sitzungsrhythmus.nachBedarf("nach Bedarf")));

    @Inject ApplicationContext ctx;

    @Test
    void vorlagenOhneSchluesselOderTagWerdenAbgewiesen() {
        GremienFixture f = new GremienFixture(ctx, "vrl-leer");
        GremienVorlagenDienst vorlagen = ctx.getBean(GremienVorlagenDienst.class);
        GremiumVorlage kim = PluginVorlagen.von("kim", KIM).get(0);
        GremiumVorlage ohneSchluessel = new GremiumVorlage(" ", kim.name(), kim.typ(), kim.ebene(), kim.programme(),
                null, kim.zweck(), kim.aufgaben(), kim.rhythmus(), kim.sitze());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> vorlagen.anlegen(f.ki, new VorlagenAntrag(null,
                        List.of(kim, ohneSchluessel))))
                .isInstanceOfSatisfying(de.teilhabe.platform.fehler.FachlicherFehler.class, e -> assertThat(
                        e.feldfehler()).extracting(x -> x.feld() + ":" + x.code())
                        .containsExactly("konstituiertAm:pflichtfeld", "vorlagen[1].schluessel:pflichtfeld"));
        // one template alone is checked the same way (the call reaches the list's method inside the service)
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> vorlagen.anlegen(f.ki, ohneSchluessel,
                        LocalDate.of(2021, 3, 17)))
                .isInstanceOfSatisfying(de.teilhabe.platform.fehler.FachlicherFehler.class, e -> assertThat(
                        e.feldfehler()).extracting(x -> x.feld() + ":" + x.code()).containsExactly(
                        "schluessel:pflichtfeld"));
        assertThat(f.gremien.liste(f.ki, null)).isEmpty();
    }

    @Test
    void kimStrukturAusDenVorlagenEinmalAngelegt() {
        GremienFixture f = new GremienFixture(ctx, "vrl");
        GremienVorlagenDienst vorlagen = ctx.getBean(GremienVorlagenDienst.class);
        List<Gremium> angelegt = vorlagen.anlegen(f.ki, new VorlagenAntrag(LocalDate.of(2021, 3, 17),
                PluginVorlagen.von("kim", KIM)));
        assertThat(angelegt).extracting(Gremium::name, Gremium::typ).containsExactly(
                tuple("Lenkungsgruppe", GremiumTyp.LENKUNGSGRUPPE),
                tuple("Austausch der koordinierenden Stellen", GremiumTyp.AUSTAUSCHRUNDE),
                tuple("Arbeitsgruppe Strukturebene", GremiumTyp.ARBEITSGRUPPE),
                tuple("Arbeitsgruppe Fallebene", GremiumTyp.ARBEITSGRUPPE));
        assertThat(angelegt.get(1).rhythmus()).isEqualTo(new Rhythmus(14, null, false, "alle 14 Tage"));

        Struktur s = f.struktur.struktur(f.leser, "kim", LocalDate.of(2021, 6, 1));
        assertThat(s.anzahlGremien()).isEqualTo(4);
        GremiumKnoten lg = s.wurzeln().get(0);
        assertThat(lg.untergremien()).extracting(GremiumKnoten::name)
                .containsExactly("Austausch der koordinierenden Stellen", "Arbeitsgruppe Strukturebene");
        assertThat(lg.untergremien().get(0).untergremien()).extracting(GremiumKnoten::name)
                .containsExactly("Arbeitsgruppe Fallebene");
        assertThat(lg.offeneSitze()).hasSize(1 + 1 + 8 + 1);
        assertThat(lg.offeneSitze()).extracting(OffenerSitz::funktion)
                .contains("Kreisdirektor/in", "Dezernent/in – Neuss", "Dezernent/in – Rommerskirchen");

        SitzAnsicht kreisdirektor = f.gremien.ansicht(f.ki, lg.id()).sitze().get(0);
        f.mitgliedschaften.anlegen(f.ki, lg.id(), new MitgliedschaftDaten(f.person("Dirk Brügge").id(),
                kreisdirektor.id(), Mitgliedsrolle.VORSITZ, "Kreisdirektor", "Rhein-Kreis Neuss",
                Organisationsart.KREISVERWALTUNG, null, LocalDate.of(2021, 3, 17), null));
        GremiumKnoten danach = f.struktur.struktur(f.leser, "kim", LocalDate.of(2021, 6, 1)).wurzeln().get(0);
        assertThat(danach.offeneSitze()).hasSize(10).extracting(OffenerSitz::funktion)
                .doesNotContain("Kreisdirektor/in");
        assertThat(danach.vorsitz().sitzId()).isEqualTo(kreisdirektor.id());

        List<Gremium> nochmal = vorlagen.anlegen(f.ki, new VorlagenAntrag(LocalDate.of(2022, 1, 1),
                PluginVorlagen.von("kim", KIM)));
        assertThat(nochmal).extracting(Gremium::id).containsExactlyElementsOf(angelegt.stream().map(Gremium::id)
                .toList());
        assertThat(f.gremien.liste(f.ki, "kim")).hasSize(4);
    }
}
