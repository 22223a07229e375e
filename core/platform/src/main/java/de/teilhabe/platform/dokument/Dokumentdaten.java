package de.teilhabe.platform.dokument;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Dokument} as JSON — for the API and for storing a report exactly as it was issued: every block with its
 * kind, every cell with its type, its value and the German text it reads as. {@link #dokument()} turns it back into
 * the very same document.
 */
@Serdeable
public record Dokumentdaten(String titel, List<Block> bloecke) {

    /** One block; {@code art} is {@code ueberschrift}, {@code absatz}, {@code tabelle} or {@code diagramm}. */
    @Serdeable
    public record Block(String art, @Nullable String text, @Nullable List<String> spalten,
                        @Nullable List<List<Zelle>> zeilen, @Nullable List<Reihe> reihen) {
    }

    /**
     * One cell: {@code typ} is {@code text}, {@code ganzzahl}, {@code dezimal}, {@code geld}, {@code prozent} or
     * {@code datum}; {@code wert} the value (numbers with a dot, dates ISO); {@code text} as printed.
     */
    @Serdeable
    public record Zelle(String typ, String wert, String text) {
    }

    /** A chart series; {@code null} values are not shown; {@code ganzzahlig}: counts, printed without decimals. */
    @Serdeable
    public record Reihe(String name, List<BigDecimal> werte, boolean ganzzahlig) {
    }

    public static Dokumentdaten von(Dokument d) {
        List<Block> bloecke = new ArrayList<>();
        for (Dokument.Block b : d.bloecke()) {
            if (b instanceof Dokument.Ueberschrift u) {
                bloecke.add(new Block("ueberschrift", u.text(), null, null, null));
            } else if (b instanceof Dokument.Absatz a) {
                bloecke.add(new Block("absatz", a.text(), null, null, null));
            } else if (b instanceof Dokument.Tabelle t) {
                bloecke.add(new Block("tabelle", null, t.spalten(), t.zeilen().stream()
                        .map(z -> z.stream().map(Dokumentdaten::zelle).toList()).toList(), null));
            } else if (b instanceof Dokument.Diagramm g) {
                bloecke.add(new Block("diagramm", g.titel(), g.kategorien(), null, g.reihen().stream()
                        .map(r -> new Reihe(r.name(), r.werte().stream()
                                .map(w -> w == null ? null : new BigDecimal(w.toString())).toList(),
                                r.werte().stream().allMatch(w -> w == null || w instanceof Integer || w instanceof Long)))
                        .toList()));
            }
        }
        return new Dokumentdaten(d.titel(), bloecke);
    }

    /** The document again, cell types included. */
    public Dokument dokument() {
        List<Dokument.Block> aus = new ArrayList<>();
        for (Block b : bloecke) {
            switch (b.art()) {
                case "ueberschrift" -> aus.add(new Dokument.Ueberschrift(b.text()));
                case "absatz" -> aus.add(new Dokument.Absatz(b.text()));
                case "tabelle" -> aus.add(Dokument.Tabelle.von(b.spalten(), b.zeilen().stream()
                        .map(z -> z.stream().map(Dokumentdaten::wert).toList()).toList()));
                case "diagramm" -> aus.add(new Dokument.Diagramm(b.text(), b.spalten(), b.reihen().stream()
                        .map(r -> new Dokument.Diagramm.Reihe(r.name(), r.ganzzahlig() ? r.werte().stream()
                                .map(w -> w == null ? null : (Number) w.longValueExact()).toList() : r.werte()))
                        .toList()));
                default -> throw new IllegalArgumentException("Unbekannter Block: " + b.art());
            }
        }
        return new Dokument(titel, aus);
    }

    private static Zelle zelle(Object wert) {
        String text = Zellen.text(wert);
        if (wert instanceof Integer || wert instanceof Long) {
            return new Zelle("ganzzahl", wert.toString(), text);
        }
        if (wert instanceof BigDecimal d) {
            return new Zelle("dezimal", d.toPlainString(), text);
        }
        if (wert instanceof Dokument.Geld g) {
            return new Zelle("geld", g.betrag().toPlainString(), text);
        }
        if (wert instanceof Dokument.Prozent p) {
            return new Zelle("prozent", p.wert().toPlainString(), text);
        }
        if (wert instanceof LocalDate d) {
            return new Zelle("datum", d.toString(), text);
        }
        return new Zelle("text", text, text);
    }

    private static Object wert(Zelle z) {
        return switch (z.typ()) {
            case "ganzzahl" -> Long.valueOf(z.wert());
            case "dezimal" -> new BigDecimal(z.wert());
            case "geld" -> new Dokument.Geld(new BigDecimal(z.wert()));
            case "prozent" -> new Dokument.Prozent(new BigDecimal(z.wert()));
            case "datum" -> LocalDate.parse(z.wert());
            default -> z.wert();
        };
    }
}
