package de.teilhabe.platform.massnahme;

import static de.teilhabe.platform.finanzierung.Programmumgebung.DURCHSTARTEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.teilhabe.platform.benutzer.BenutzerDaten;
import de.teilhabe.platform.benutzer.Benutzerverwaltung;
import de.teilhabe.platform.demo.RknMassnahmen;
import de.teilhabe.platform.fehler.Art;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.traeger.TraegerKonten;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Least privilege for providers: RKN's 24 Maßnahmen of several providers; a provider's account lists and opens
 * only its own provider's, an account not yet linked none; the KI and a committee reader see all.
 */
@MicronautTest(transactional = false)
@Property(name = "teilhabe.plugins.verzeichnis", value = "${teilhabe.test.plugins}")
class MassnahmenSichtTest {

    @Inject ApplicationContext ctx;
    @Inject Massnahmen massnahmen;
    @Inject TraegerKonten konten;
    @Inject Benutzerverwaltung benutzer;

    @Test
    void traegerkontoSiehtNurDieMassnahmenSeinesTraegers() {
        Nutzer admin = Programmumgebung.kreisMit(ctx, "m-sicht", DURCHSTARTEN);
        Nutzer ki = nutzer(admin, "ki", Rolle.KI_KOORDINATION);
        ctx.getBean(RknMassnahmen.class).anlegen(ki);
        List<MassnahmeZeile> alle = massnahmen.tabelle(ki);
        UUID eigener = alle.get(0).traegerId();
        List<MassnahmeZeile> eigene = alle.stream().filter(z -> z.traegerId().equals(eigener)).toList();
        MassnahmeZeile fremde = alle.stream().filter(z -> !z.traegerId().equals(eigener)).findFirst().orElseThrow();
        assertThat(alle).hasSize(24);
        assertThat(eigene).hasSizeLessThan(alle.size());

        String name = admin.kreisSlug() + ".traeger";
        benutzer.anlegen(admin, new BenutzerDaten(name, "Träger", Set.of(Rolle.MASSNAHMETRAEGER), true,
                "ein-langes-Passwort-123"));
        Nutzer traeger = new Nutzer(admin.id(), name, "Träger", admin.kreisSlug(), admin.kreisName(),
                Set.of(Rolle.MASSNAHMETRAEGER));
        assertThat(massnahmen.tabelle(traeger)).isEmpty();

        konten.zuordnen(admin, eigener, name);
        assertThat(massnahmen.tabelle(traeger)).containsExactlyElementsOf(eigene);
        assertThat(massnahmen.lesen(traeger, eigene.get(0).id()).massnahme().traegerId()).isEqualTo(eigener);
        assertThatThrownBy(() -> massnahmen.lesen(traeger, fremde.id()))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.art()).isEqualTo(Art.NICHT_GEFUNDEN));

        assertThat(massnahmen.tabelle(nutzer(admin, "gremium", Rolle.GREMIUM_LESERECHT))).hasSize(24);
    }

    private static Nutzer nutzer(Nutzer admin, String name, Rolle rolle) {
        return new Nutzer(UUID.randomUUID(), admin.kreisSlug() + "." + name, name, admin.kreisSlug(),
                admin.kreisName(), Set.of(rolle));
    }
}
