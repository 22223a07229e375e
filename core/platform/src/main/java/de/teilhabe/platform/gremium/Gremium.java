package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Relation;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A steering body of the Kreis (Lenkungsgruppe, Arbeitsgruppe …) with its place in the structure and lifetime. */
@MappedEntity("gremium")
public record Gremium(
        @Id UUID id,
        String name,
        GremiumTyp typ,
        @Nullable Ebene ebene,
        @TypeDef(type = DataType.STRING_ARRAY) List<String> programme,
        @Nullable UUID uebergeordnetId,
        @Nullable String zweck,
        @TypeDef(type = DataType.STRING_ARRAY) List<String> aufgaben,
        @Relation(Relation.Kind.EMBEDDED) Rhythmus rhythmus,
        LocalDate konstituiertAm,
        @Nullable LocalDate aufgeloestAm,
        @Nullable String vorlage,
        @Version long version) {

    static Gremium neu(UUID id, GremiumDaten daten, @Nullable String vorlage) {
        return new Gremium(id, null, null, null, List.of(), null, null, List.of(), Rhythmus.offen(), null, null,
                vorlage, 0L).mit(daten, 0L);
    }

    Gremium mit(GremiumDaten d, long erwarteteVersion) {
        return new Gremium(id, Texte.oderLeer(d.name()), d.typ(), d.ebene(), programme(d.programme()),
                d.uebergeordnetId(), Texte.oderNull(d.zweck()), Texte.liste(d.aufgaben()),
                d.rhythmus() == null ? Rhythmus.offen() : d.rhythmus().bereinigt(), d.konstituiertAm(),
                d.aufgeloestAm(), vorlage, erwarteteVersion);
    }

    /** Whether the Gremium exists on {@code tag}. */
    public boolean bestehtAm(LocalDate tag) {
        return !tag.isBefore(konstituiertAm) && (aufgeloestAm == null || !tag.isAfter(aufgeloestAm));
    }

    boolean teiltProgrammMit(List<String> andere) {
        return programme.isEmpty() && andere.isEmpty() || programme.stream().anyMatch(andere::contains);
    }

    GremiumDaten daten() {
        return new GremiumDaten(name, typ, ebene, programme, uebergeordnetId, zweck, aufgaben, rhythmus,
                konstituiertAm, aufgeloestAm);
    }

    private static List<String> programme(List<String> programme) {
        return Texte.liste(programme).stream().map(p -> p.toLowerCase(Locale.ROOT)).distinct().toList();
    }
}
