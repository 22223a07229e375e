package de.teilhabe.platform.zielgruppe;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One program's verdict on a person: the grading ({@code PRIMAER}, {@code SEKUNDAER},
 * {@code NICHT_ZIELGRUPPE}, {@code NICHT_ENTSCHEIDBAR}) with its German label and reasons, whether a
 * documented exception is allowed — or, if the program failed to answer, why.
 */
@Serdeable
public record Programmurteil(
        String programmId,
        String programm,
        @Nullable String einstufung,
        @Nullable String einstufungText,
        List<String> begruendungen,
        boolean ausnahmeZulaessig,
        List<String> hinweise,
        @Nullable String fehler) {
}
