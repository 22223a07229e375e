package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A steering body of the Kreis (Lenkungsgruppe, Arbeitsgruppe …) with its place in the structure and lifetime. */
@Serdeable
public record GremiumStamm(
        UUID id,
        String name,
        GremiumTyp typ,
        @Nullable Ebene ebene,
        List<String> programme,
        @Nullable UUID uebergeordnetId,
        @Nullable String zweck,
        List<String> aufgaben,
        Rhythmus rhythmus,
        LocalDate konstituiertAm,
        @Nullable LocalDate aufgeloestAm,
        @Nullable String vorlage,
        long version) {

    static GremiumStamm von(Gremium g) {
        return new GremiumStamm(g.id(), g.name(), g.typ(), g.ebene(), g.programme(), g.uebergeordnetId(), g.zweck(),
                g.aufgaben(), g.rhythmus(), g.konstituiertAm(), g.aufgeloestAm(), g.vorlage(), g.version());
    }
}
