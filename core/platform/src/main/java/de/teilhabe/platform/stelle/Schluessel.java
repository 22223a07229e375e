package de.teilhabe.platform.stelle;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Optional;

/**
 * A program's staffing formula as the UI needs it to build the input form: id, German name, the Baustein the posts
 * belong to, the printed rounding rule, and the declared inputs.
 */
@Serdeable
public record Schluessel(String id, String bezeichnung, @Nullable Integer baustein, String rundungsregel,
                         List<Eingabe> eingaben) {

    public Schluessel {
        eingaben = List.copyOf(eingaben);
    }

    /**
     * One declared input: its key, German label, whether it is entered per Kommune, whether only whole numbers are
     * allowed, and the help text saying where the number comes from.
     */
    @Serdeable
    public record Eingabe(String schluessel, String bezeichnung, boolean jeKommune, boolean ganzzahlig,
                          String hilfetext) {
    }

    Optional<Eingabe> eingabe(String schluessel) {
        return eingaben.stream().filter(e -> e.schluessel().equals(schluessel)).findFirst();
    }
}
