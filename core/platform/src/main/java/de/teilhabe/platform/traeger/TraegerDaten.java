package de.teilhabe.platform.traeger;

import de.teilhabe.platform.fehler.Freitext;
import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

/** What the KI enters for a provider: names, legal form, contacts, the Kommunen it serves. */
@Serdeable
public record TraegerDaten(
        @Nullable @NotBlank @Zeile String name,
        @Nullable @Zeile String kurzname,
        @Nullable @Zeile String rechtsform,
        @Nullable @Freitext String notizen,
        @Nullable List<@Valid KontaktDaten> kontakte,
        @Nullable Set<UUID> kommunen) {

    public List<KontaktDaten> kontakteOderLeer() {
        return kontakte == null ? List.of() : kontakte;
    }

    public Set<UUID> kommunenOderLeer() {
        return kommunen == null ? Set.of() : kommunen;
    }
}
