package de.teilhabe.platform.kreis;

import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import jakarta.validation.Valid;

/** Everything a Kreis needs to start: its slug and name, its Kommunen and its first administrator. */
@Serdeable
public record OnboardingAntrag(
        @Nullable @Zeile String slug,
        @Nullable @Zeile String name,
        @Nullable List<@Valid KommuneAntrag> kommunen,
        @Nullable @Valid ErsterAdmin admin) {

    public List<KommuneAntrag> kommunenOderLeer() {
        return kommunen == null ? List.of() : kommunen;
    }

    public ErsterAdmin adminOderLeer() {
        return admin == null ? new ErsterAdmin(null, null, null) : admin;
    }
}
