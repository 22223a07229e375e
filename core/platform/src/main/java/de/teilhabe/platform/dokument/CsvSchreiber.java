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
 */
public final class CsvSchreiber {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .get();

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

    private static void dokument(Dokument d, CSVPrinter csv) throws IOException {
        csv.printRecord(d.titel());
        for (Dokument.Block block : d.bloecke()) {
            if (block instanceof Dokument.Tabelle t) {
                csv.println();
                csv.printRecord(t.spalten());
                for (List<?> zeile : t.zeilen()) {
                    csv.printRecord(zeile.stream().map(Zellen::text));
                }
            } else if (block instanceof Dokument.Ueberschrift u) {
                csv.println();
                csv.printRecord(u.text());
            } else if (block instanceof Dokument.Absatz a) {
                csv.printRecord(a.text());
            }
        }
    }
}
