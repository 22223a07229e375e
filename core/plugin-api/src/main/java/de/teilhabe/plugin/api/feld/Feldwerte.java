package de.teilhabe.plugin.api.feld;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Stored values of declared fields (string form, see {@link Feldtyp}) with typed read access. The host
 * passes a Kreis's program settings this way; values have been validated when they were saved.
 *
 * @param werte field key → value; absent or blank means "no value"
 */
public record Feldwerte(Map<String, String> werte) {

    /** No values. */
    public static final Feldwerte KEINE = new Feldwerte(Map.of());

    public Feldwerte {
        werte = Map.copyOf(Objects.requireNonNull(werte, "werte"));
    }

    /** Convenience factory. */
    public static Feldwerte von(Map<String, String> werte) {
        return new Feldwerte(werte);
    }

    public Optional<String> text(String schluessel) {
        String w = werte.get(schluessel);
        return w == null || w.isBlank() ? Optional.empty() : Optional.of(w);
    }

    /** @throws IllegalArgumentException if the stored value is not a date */
    public Optional<LocalDate> datum(String schluessel) {
        return text(schluessel).map(Feldparser::datum);
    }

    /** @throws IllegalArgumentException if the stored value is not a whole number */
    public Optional<Long> ganzzahl(String schluessel) {
        return text(schluessel).map(Feldparser::ganzzahl);
    }

    /** @throws IllegalArgumentException if the stored value is not a number */
    public Optional<BigDecimal> dezimal(String schluessel) {
        return text(schluessel).map(Feldparser::dezimal);
    }

    /** @throws IllegalArgumentException if the stored value is not ja/nein */
    public Optional<Boolean> jaNein(String schluessel) {
        return text(schluessel).map(Feldparser::jaNein);
    }
}
