package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * A template to create a Gremium from (the plugin host turns a program's template into this, see
 * {@link PluginVorlagen}).
 *
 * @param schluessel     stable key, e.g. {@code kim.lenkungsgruppe}: a Kreis gets at most one Gremium per key,
 *                       so creating from the same template again returns the existing one
 * @param uebergeordnet  the parent: the key of another template, or the name of a Gremium sharing a program
 * @param sitze          default seats
 */
@Serdeable
public record GremiumVorlage(
        @NotBlank String schluessel,
        String name,
        GremiumTyp typ,
        @Nullable Ebene ebene,
        List<String> programme,
        @Nullable String uebergeordnet,
        @Nullable String zweck,
        List<String> aufgaben,
        Rhythmus rhythmus,
        List<Sitzvorlage> sitze) {
}
