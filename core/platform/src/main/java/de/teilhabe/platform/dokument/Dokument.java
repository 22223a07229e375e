package de.teilhabe.platform.dokument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A format-neutral export (member list, minutes, reports): a title and blocks in order. The {@link PdfSchreiber},
 * {@link XlsxSchreiber} and {@link CsvSchreiber} only render it; what goes in, in which language, and what a reader
 * may see is decided by the feature that builds it (e.g. the Gremien's {@code ExportDienst}).
 */
public record Dokument(String titel, List<Block> bloecke) {

    public Dokument {
        bloecke = List.copyOf(bloecke);
    }

    /** One part of the document. */
    public sealed interface Block permits Ueberschrift, Absatz, Tabelle, Diagramm {
    }

    public record Ueberschrift(String text) implements Block {
    }

    public record Absatz(String text) implements Block {
    }

    /**
     * A table; every row has as many cells as there are columns. A cell is a {@code String} ("" for empty), an
     * {@code Integer} or {@code Long} (a count), a {@code BigDecimal} (e.g. posts), {@link Geld}, {@link Prozent}
     * or a {@code LocalDate}: XLSX keeps numbers and dates as such, PDF and CSV print them the German way
     * ({@link Zellen#text}).
     */
    public record Tabelle(List<String> spalten, List<List<Object>> zeilen) implements Block {

        public Tabelle {
            spalten = List.copyOf(spalten);
            zeilen = zeilen.stream().map(List::copyOf).toList();
        }

        /** A table from rows of any cell type, e.g. {@code List<List<String>>}. */
        public static Tabelle von(List<String> spalten, List<? extends List<?>> zeilen) {
            return new Tabelle(spalten, zeilen.stream().map(z -> List.<Object>copyOf(z)).toList());
        }
    }

    /**
     * A bar chart: one bar group per category, one bar per series (e.g. per Kommune: Duldung, Gestattung). PDF
     * draws it; XLSX and CSV leave it out, since the table next to it holds the same numbers.
     */
    public record Diagramm(String titel, List<String> kategorien, List<Reihe> reihen) implements Block {

        public Diagramm {
            kategorien = List.copyOf(kategorien);
            reihen = List.copyOf(reihen);
            for (Reihe r : reihen) {
                if (r.werte().size() != kategorien.size()) {
                    throw new IllegalArgumentException("Reihe „" + r.name() + "“ hat " + r.werte().size()
                            + " Werte für " + kategorien.size() + " Kategorien");
                }
            }
        }

        /** One series of a chart, a value per category; {@code null} for a value not shown (no bar, „·“). */
        public record Reihe(String name, List<? extends Number> werte) {

            public Reihe {
                werte = Collections.unmodifiableList(new ArrayList<>(werte));
            }
        }
    }

    /** An amount of money in euros, printed as {@code 1.170.000,00 €}. */
    public record Geld(BigDecimal betrag) {

        public Geld {
            Objects.requireNonNull(betrag, "betrag");
        }
    }

    /** A percentage, e.g. {@code 20.0} printed as {@code 20,0 %}. */
    public record Prozent(BigDecimal wert) {

        public Prozent {
            Objects.requireNonNull(wert, "wert");
        }
    }

    /** All tables, e.g. one sheet each in XLSX. */
    public List<Tabelle> tabellen() {
        return bloecke.stream().filter(Tabelle.class::isInstance).map(Tabelle.class::cast).toList();
    }
}
