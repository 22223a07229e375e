package de.teilhabe.plugin.api.gremium;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GremiumvorlageTest {

    @Test
    void rollenLassenSichNachArtFiltern() {
        Gremiumvorlage g = new Gremiumvorlage("x.gruppe", "Gruppe", Gremienebene.STEUERUNG, Optional.empty(), List.of(),
                List.of(Rollenvorlage.vorsitz("Kreisdirektor/in"), Rollenvorlage.mitgliedJeKommune("Dezernent/in")),
                Sitzungsrhythmus.proJahrUndNachBedarf(2, "ca. zweimal im Jahr sowie nach Bedarf"));

        assertThat(g.rollen(Gremienrolle.VORSITZ)).extracting(Rollenvorlage::funktion).containsExactly("Kreisdirektor/in");
        assertThat(g.rollen(Gremienrolle.MITGLIED)).extracting(Rollenvorlage::besetzung).containsExactly(Besetzung.JE_KOMMUNE);
    }

    @Test
    void rhythmusUndSchluesselWerdenGeprueft() {
        assertThatThrownBy(() -> Sitzungsrhythmus.alleTage(0, "nie")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Gremiumvorlage("ohnepunkt", "G", Gremienebene.FALL, Optional.empty(), List.of(),
                List.of(), Sitzungsrhythmus.nachBedarf("nach Bedarf"))).hasMessageContaining("<plugin-id>.<name>");
    }
}
