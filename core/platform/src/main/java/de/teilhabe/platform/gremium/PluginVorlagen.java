package de.teilhabe.platform.gremium;

import de.teilhabe.plugin.api.gremium.Besetzung;
import de.teilhabe.plugin.api.gremium.Gremienebene;
import de.teilhabe.plugin.api.gremium.Gremiumvorlage;
import de.teilhabe.plugin.api.gremium.Rollenvorlage;
import de.teilhabe.plugin.api.gremium.Sitzungsrhythmus;
import java.util.List;

/**
 * Turns a program plugin's steering-structure templates into {@link GremiumVorlage}s; used by
 * {@link GremienVorlagenDienst#ausProgramm} and {@link GremienVorlagenDienst#vorlagen}.
 */
public final class PluginVorlagen {

    private PluginVorlagen() {
    }

    /** All templates of a program, in the plugin's order (parents before children). */
    public static List<GremiumVorlage> von(String programmId, List<Gremiumvorlage> vorlagen) {
        return vorlagen.stream().map(v -> von(programmId, v)).toList();
    }

    public static GremiumVorlage von(String programmId, Gremiumvorlage v) {
        return new GremiumVorlage(v.schluessel(), v.name(), typ(v), ebene(v.ebene()),
                List.of(programmId), v.uebergeordnet().orElse(null), null, v.aufgaben(), rhythmus(v.rhythmus()),
                v.rollen().stream().map(PluginVorlagen::sitz).toList());
    }

    private static GremiumTyp typ(Gremiumvorlage v) {
        return switch (v.ebene()) {
            case STEUERUNG -> v.name().contains("Bündnis") ? GremiumTyp.BUENDNISKERNGRUPPE : GremiumTyp.LENKUNGSGRUPPE;
            case KOORDINATION -> GremiumTyp.AUSTAUSCHRUNDE;
            case STRUKTUR, FALL, ARBEIT -> GremiumTyp.ARBEITSGRUPPE;
        };
    }

    private static Rhythmus rhythmus(Sitzungsrhythmus r) {
        return new Rhythmus(r.abstandTage().orElse(null), r.sitzungenProJahr().orElse(null), r.nachBedarf(),
                r.beschreibung());
    }

    private static Sitzvorlage sitz(Rollenvorlage r) {
        return new Sitzvorlage(Mitgliedsrolle.valueOf(r.rolle().name()), r.funktion(),
                r.besetzung() == Besetzung.JE_KOMMUNE, r.besetzung() == Besetzung.NACH_THEMA);
    }

    private static Ebene ebene(Gremienebene ebene) {
        return Ebene.valueOf(ebene.name());
    }
}
