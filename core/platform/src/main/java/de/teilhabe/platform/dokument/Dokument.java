package de.teilhabe.platform.dokument;

import java.util.List;

/**
 * A format-neutral export (member list, minutes, later reports): a title and blocks in order. The
 * {@link PdfSchreiber} and {@link XlsxSchreiber} only render it; what goes in, in which language, and what a
 * reader may see is decided by the feature that builds it (e.g. the Gremien's {@code ExportDienst}).
 */
public record Dokument(String titel, List<Block> bloecke) {

    public Dokument {
        bloecke = List.copyOf(bloecke);
    }

    /** One part of the document. */
    public sealed interface Block permits Ueberschrift, Absatz, Tabelle {
    }

    public record Ueberschrift(String text) implements Block {
    }

    public record Absatz(String text) implements Block {
    }

    /** A table; every row has as many cells as there are columns ("" for empty). */
    public record Tabelle(List<String> spalten, List<List<String>> zeilen) implements Block {

        public Tabelle {
            spalten = List.copyOf(spalten);
            zeilen = zeilen.stream().map(List::copyOf).toList();
        }
    }

    /** All tables, e.g. one sheet each in XLSX. */
    public List<Tabelle> tabellen() {
        return bloecke.stream().filter(Tabelle.class::isInstance).map(Tabelle.class::cast).toList();
    }
}
