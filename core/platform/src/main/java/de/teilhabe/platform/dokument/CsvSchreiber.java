package de.teilhabe.platform.dokument;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link Dokument} as CSV the way German Excel opens it: UTF-8 with a byte order mark, {@code ;} between
 * fields, CRLF between records. The title and paragraphs come first as one-field records, then each table with its
 * header row, tables separated by an empty record; numbers and dates as German text ({@link Zellen}), charts left out.
 * A text that a spreadsheet would take for a formula (starting with {@code = + - @}, a tab or a carriage return)
 * gets a leading apostrophe ({@link #entschaerft}, OWASP "CSV injection"); numbers stay numbers, negative ones too.
 */
public final class CsvSchreiber {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .get();

    /** The first characters that make a spreadsheet evaluate a cell (OWASP). */
    static final String FORMELZEICHEN = "=+-@\t\r";

    private CsvSchreiber() {
    }

    public static void schreiben(Dokument d, OutputStream out) {
        schreiben(List.of(d), out);
    }

    /** Several documents one after the other, separated by an empty record. */
    public static void schreiben(List<Dokument> dokumente, OutputStream out) {
        try {
            Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            text.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(text, FORMAT);
            for (int i = 0; i < dokumente.size(); i++) {
                if (i > 0) {
                    csv.println();
                }
                dokument(dokumente.get(i), csv);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with a leading apostrophe where a spreadsheet would read it as a formula. */
    public static String entschaerft(String text) {
        return text != null && !text.isEmpty() && FORMELZEICHEN.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static void dokument(Dokument d, CSVPrinter csv) throws IOException {
        csv.printRecord(entschaerft(d.titel()));
        for (Dokument.Block block : d.bloecke()) {
            if (block instanceof Dokument.Tabelle t) {
                csv.println();
                csv.printRecord(t.spalten().stream().map(CsvSchreiber::entschaerft));
                for (List<?> zeile : t.zeilen()) {
                    csv.printRecord(zeile.stream().map(z -> z instanceof String text ? entschaerft(text) : Zellen.text(z)));
                }
            } else if (block instanceof Dokument.Ueberschrift u) {
                csv.println();
                csv.printRecord(entschaerft(u.text()));
            } else if (block instanceof Dokument.Absatz a) {
                csv.printRecord(entschaerft(a.text()));
            }
        }
    }
}
