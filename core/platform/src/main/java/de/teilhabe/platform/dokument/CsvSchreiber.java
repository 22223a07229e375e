package de.teilhabe.platform.dokument;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link Dokument} as CSV the way German Excel opens it: UTF-8 with a byte order mark, {@code ;} between
 * fields, CRLF between records. The title and paragraphs come first as one-field records, then each table with its
 * header row, tables separated by an empty record.
 */
public final class CsvSchreiber {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .get();

    private CsvSchreiber() {
    }

    public static void schreiben(Dokument d, OutputStream out) {
        try {
            Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            text.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(text, FORMAT);
            csv.printRecord(d.titel());
            for (Dokument.Block block : d.bloecke()) {
                if (block instanceof Dokument.Tabelle t) {
                    csv.println();
                    csv.printRecord(t.spalten());
                    for (var zeile : t.zeilen()) {
                        csv.printRecord(zeile);
                    }
                } else if (block instanceof Dokument.Ueberschrift u) {
                    csv.println();
                    csv.printRecord(u.text());
                } else if (block instanceof Dokument.Absatz a) {
                    csv.printRecord(a.text());
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
