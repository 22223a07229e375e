package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One Gremium in the structure tree: its data, who sits in it on the day looked at (chair first), which seats
 * are empty, and the Gremien below it.
 */
@Serdeable
public record GremiumKnoten(
        UUID id,
        String name,
        GremiumTyp typ,
        @Nullable Ebene ebene,
        List<String> programme,
        @Nullable String zweck,
        List<String> aufgaben,
        Rhythmus rhythmus,
        LocalDate konstituiertAm,
        @Nullable LocalDate aufgeloestAm,
        long version,
        List<Mitglied> mitglieder,
        List<OffenerSitz> offeneSitze,
        List<GremiumKnoten> untergremien) {

    /** The chair on the day looked at, if any. */
    public @Nullable Mitglied vorsitz() {
        return mitglieder.stream().filter(m -> m.rolle() == Mitgliedsrolle.VORSITZ).findFirst().orElse(null);
    }

    /** Who runs the office (e.g. the KI) on the day looked at. */
    public List<Mitglied> geschaeftsfuehrung() {
        return mitglieder.stream().filter(m -> m.rolle() == Mitgliedsrolle.GESCHAEFTSFUEHRUNG).toList();
    }

    /** Gremien in this subtree, this one included. */
    public int anzahlGremien() {
        return 1 + untergremien.stream().mapToInt(GremiumKnoten::anzahlGremien).sum();
    }
}
