package de.teilhabe.platform.dokument;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The formats a {@link Dokument} can be downloaded in, with media type and file extension. */
public enum Dateiformat {

    PDF("application/pdf", "pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv; charset=UTF-8", "csv");

    private final String medientyp;
    private final String endung;

    Dateiformat(String medientyp, String endung) {
        this.medientyp = medientyp;
        this.endung = endung;
    }

    public String medientyp() {
        return medientyp;
    }

    public String endung() {
        return endung;
    }

    /** The format for an extension such as {@code pdf} or {@code XLSX}; empty for anything else. */
    public static Optional<Dateiformat> zurEndung(String endung) {
        if (endung == null) {
            return Optional.empty();
        }
        String gesucht = endung.trim().toLowerCase(Locale.ROOT);
        for (Dateiformat f : values()) {
            if (f.endung.equals(gesucht)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Writes the document in this format; the stream is left open. */
    public void schreiben(Dokument d, OutputStream out) {
        switch (this) {
            case PDF -> PdfSchreiber.schreiben(d, out);
            case XLSX -> XlsxSchreiber.schreiben(d, out);
            case CSV -> CsvSchreiber.schreiben(d, out);
        }
    }

    public byte[] bytes(Dokument d) {
        return bytes(List.of(d));
    }

    /** Several documents in one file: a sheet each in XLSX, one after the other in PDF and CSV. */
    public byte[] bytes(List<Dokument> dokumente) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (this) {
            case PDF -> PdfSchreiber.schreiben(dokumente, out);
            case XLSX -> XlsxSchreiber.schreiben(dokumente, out);
            case CSV -> CsvSchreiber.schreiben(dokumente, out);
        }
        return out.toByteArray();
    }
}
