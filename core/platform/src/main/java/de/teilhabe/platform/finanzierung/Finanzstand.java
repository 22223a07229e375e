package de.teilhabe.platform.finanzierung;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The funding of one program of a Kreis at a glance — what the Programmübersicht's bars show:
 * {@link #zugesagt} (granted), {@link #weitergeleitet} (forwarded), {@link #eigenanteil} (own share).
 *
 * @param massgeblich    which records count as granted: the Bescheide; as long as there is none, the
 *                       Mittelrahmen; {@code null} if there is neither
 * @param zugesagt       total of the records that count ({@link #massgeblich})
 * @param bewilligt      total of all Bescheide
 * @param verfuegbar     total of all Mittelrahmen
 * @param nichtAufgeteilt part of {@link #zugesagt} not split over Bausteine and years
 * @param weitergeleitet total forwarded to providers
 * @param eigenanteil    total own share, including {@link #eigenanteilOhneBaustein}
 * @param eigenanteilOhneBaustein own share known only for the program as a whole
 * @param bausteine      per Baustein of the program, in the order of their numbers
 * @param jahre          per Baustein and year: state funds and own share (rows without Baustein: program-wide
 *                       own share)
 * @param warnungen      what should be looked at; never blocks saving
 */
@Serdeable
public record Finanzstand(String programmId, @Nullable Finanzierungsart massgeblich, BigDecimal zugesagt,
                          BigDecimal bewilligt, BigDecimal verfuegbar, BigDecimal nichtAufgeteilt,
                          BigDecimal weitergeleitet, BigDecimal eigenanteil, BigDecimal eigenanteilOhneBaustein,
                          List<Bausteinsumme> bausteine, List<Jahreszeile> jahre, List<Warnung> warnungen) {

    public Finanzstand {
        bausteine = List.copyOf(bausteine);
        jahre = List.copyOf(jahre);
        warnungen = List.copyOf(warnungen);
    }

    /** A copy with one more warning. */
    Finanzstand mit(Warnung warnung) {
        List<Warnung> alle = new ArrayList<>(warnungen);
        alle.add(warnung);
        return new Finanzstand(programmId, massgeblich, zugesagt, bewilligt, verfuegbar, nichtAufgeteilt,
                weitergeleitet, eigenanteil, eigenanteilOhneBaustein, bausteine, jahre, alle);
    }

    /**
     * One Baustein: the part of {@code zugesagt} split to it, what was forwarded from it, its own share, and the
     * plugin's minimum own share in percent (empty if the plugin names none or cannot be asked).
     */
    @Serdeable
    public record Bausteinsumme(UUID bausteinId, int nummer, String name, BigDecimal zugesagt,
                                BigDecimal weitergeleitet, BigDecimal eigenanteil,
                                @Nullable BigDecimal mindestEigenanteilProzent) {
    }

    /**
     * One Baustein in one calendar year, split into state funds and own share; {@code eigenanteilProzent} is the
     * own share of the total in percent, rounded down to two decimals (empty when the total is 0).
     */
    @Serdeable
    public record Jahreszeile(@Nullable UUID bausteinId, @Nullable Integer nummer, int jahr,
                              BigDecimal landesmittel, BigDecimal eigenanteil, BigDecimal gesamt,
                              @Nullable BigDecimal eigenanteilProzent) {
    }

    /** A warning with its stable code and its text in the language asked for. */
    @Serdeable
    public record Warnung(String code, @Nullable UUID bausteinId, @Nullable Integer jahr, String text) {
    }
}
