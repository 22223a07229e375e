package de.teilhabe.platform.kreis;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Everything a Kreis needs to start: its slug and name, its Kommunen and its first administrator. */
@Serdeable
public record OnboardingAntrag(
        @Nullable String slug,
        @Nullable String name,
        @Nullable List<KommuneAntrag> kommunen,
        @Nullable ErsterAdmin admin) {

    public List<KommuneAntrag> kommunenOderLeer() {
        return kommunen == null ? List.of() : kommunen;
    }

    public ErsterAdmin adminOderLeer() {
        return admin == null ? new ErsterAdmin(null, null, null) : admin;
    }
}
