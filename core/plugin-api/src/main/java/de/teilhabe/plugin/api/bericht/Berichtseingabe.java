package de.teilhabe.plugin.api.bericht;

import de.teilhabe.plugin.api.feld.Feldwerte;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the host gives a report contribution: the Kreis's Kommunen (in display order), the reference date,
 * the aggregated counts, and the Kreis's program settings.
 *
 * @param stichtag      reference date of the report
 * @param kommunen      the Kreis's Kommunen in the order rows should appear
 * @param werte         aggregated counts
 * @param einstellungen the Kreis's settings for this program
 */
public record Berichtseingabe(LocalDate stichtag, List<String> kommunen, List<Zaehlwert> werte,
                              Feldwerte einstellungen) {

    public Berichtseingabe {
        Objects.requireNonNull(stichtag, "stichtag");
        kommunen = List.copyOf(new LinkedHashSet<>(kommunen));
        werte = List.copyOf(werte);
        Objects.requireNonNull(einstellungen, "einstellungen");
    }

    /** Sum of a count over all entries matching the filter (dimension → value); an empty filter sums all. */
    public long summe(String kennzahl, Map<String, String> filter) {
        return werte.stream().filter(w -> w.kennzahl().equals(kennzahl)).filter(w -> w.passtZu(filter))
                .mapToLong(Zaehlwert::anzahl).sum();
    }

    /** Sum of a count over everything. */
    public long summe(String kennzahl) {
        return summe(kennzahl, Map.of());
    }

    /** Distinct values a dimension takes for a count, in first-seen order. */
    public List<String> auspraegungen(String kennzahl, String dimension) {
        return werte.stream().filter(w -> w.kennzahl().equals(kennzahl))
                .map(w -> w.dimensionen().get(dimension)).filter(Objects::nonNull).distinct().toList();
    }
}
