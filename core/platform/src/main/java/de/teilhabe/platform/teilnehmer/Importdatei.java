package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.FachlicherFehler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a participant list — CSV (UTF-8, with or without byte order mark, {@code ;} as German Excel writes it)
 * or XLSX (first sheet) — into its known columns and data rows, numbered as in the file (header = row 1).
 * File-level problems are {@link FachlicherFehler}s on field {@code datei}: {@code import.format},
 * {@code import.kodierung} (with the first line that is not UTF-8), {@code import.datei.defekt},
 * {@code import.leer}, {@code import.zu.gross}.
 */
final class Importdatei {

    /** More data rows than this are refused; an office's list is far smaller. */
    static final int HOECHSTENS = 50_000;

    private static final CSVFormat CSV = CSVFormat.EXCEL.builder().setDelimiter(';').setTrim(true)
            .setIgnoreEmptyLines(true).get();
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Importdatei() {
    }

    /** One data row: its number in the file and the values of the known columns (absent or blank: null). */
    record Zeile(int nummer, Map<Importspalte, String> werte) {

        String wert(Importspalte spalte) {
            return werte.get(spalte);
        }
    }

    /** The known columns found in the header and the data rows that are not blank. */
    record Inhalt(List<Importspalte> spalten, List<Zeile> zeilen) {
    }

    static Inhalt lesen(String dateiname, byte[] inhalt) {
        String name = dateiname == null ? "" : dateiname.strip().toLowerCase(Locale.ROOT);
        List<Rohzeile> roh;
        if (name.endsWith(".csv")) {
            roh = csv(utf8(inhalt));
        } else if (name.endsWith(".xlsx")) {
            roh = xlsx(inhalt);
        } else {
            throw FachlicherFehler.ungueltig("datei", "import.format");
        }
        if (roh.isEmpty()) {
            throw FachlicherFehler.ungueltig("datei", "import.leer");
        }
        List<String> kopf = roh.get(0).werte();
        Map<Integer, Importspalte> spalten = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kopf.size(); i++) {
            int index = i;
            Importspalte.zuTitel(kopf.get(i)).filter(s -> !spalten.containsValue(s))
                    .ifPresent(s -> spalten.put(index, s));
        }
        List<Zeile> zeilen = new ArrayList<>();
        for (Rohzeile r : roh.subList(1, roh.size())) {
            Map<Importspalte, String> werte = new EnumMap<>(Importspalte.class);
            spalten.forEach((i, s) -> {
                String w = i < r.werte().size() ? r.werte().get(i) : null;
                if (w != null && !w.isBlank()) {
                    werte.put(s, w.strip());
                }
            });
            boolean leer = r.werte().stream().allMatch(w -> w == null || w.isBlank());
            if (!leer) {
                zeilen.add(new Zeile(r.nummer(), werte));
            }
        }
        if (zeilen.isEmpty()) {
            throw FachlicherFehler.ungueltig("datei", "import.leer");
        }
        if (zeilen.size() > HOECHSTENS) {
            throw FachlicherFehler.ungueltig("datei", "import.zu.gross", HOECHSTENS);
        }
        return new Inhalt(List.copyOf(spalten.values()), zeilen);
    }

    /** A row as read, before the header gives its cells a meaning. */
    private record Rohzeile(int nummer, List<String> werte) {
    }

    /** The text of a UTF-8 file (byte order mark dropped); anything else is refused naming its first bad line. */
    static String utf8(byte[] inhalt) {
        int start = inhalt.length >= 3 && (inhalt[0] & 0xFF) == 0xEF && (inhalt[1] & 0xFF) == 0xBB
                && (inhalt[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer ein = ByteBuffer.wrap(inhalt, start, inhalt.length - start);
        CharBuffer aus = CharBuffer.allocate(inhalt.length);
        CoderResult ergebnis = decoder.decode(ein, aus, true);
        if (ergebnis.isError()) {
            int zeile = 1;
            for (int i = start; i < ein.position(); i++) {
                if (inhalt[i] == '\n') {
                    zeile++;
                }
            }
            throw FachlicherFehler.ungueltig("datei", "import.kodierung", zeile);
        }
        decoder.flush(aus);
        return aus.flip().toString();
    }

    private static List<Rohzeile> csv(String text) {
        int[] zeilenanfaenge = zeilenanfaenge(text);
        List<Rohzeile> zeilen = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, CSV)) {
            for (CSVRecord r : parser) {
                int nummer = Arrays.binarySearch(zeilenanfaenge, (int) r.getCharacterPosition());
                nummer = nummer >= 0 ? nummer + 1 : -nummer - 1;
                zeilen.add(new Rohzeile(nummer, r.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw FachlicherFehler.ungueltig("datei", "import.datei.defekt");
        }
        return zeilen;
    }

    /** Where each line starts, for the line number of a record (quoted cells may span lines). */
    private static int[] zeilenanfaenge(String text) {
        List<Integer> anfaenge = new ArrayList<>();
        anfaenge.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                anfaenge.add(i + 1);
            }
        }
        return anfaenge.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<Rohzeile> xlsx(byte[] inhalt) {
        List<Rohzeile> zeilen = new ArrayList<>();
        try (Workbook mappe = new XSSFWorkbook(new ByteArrayInputStream(inhalt))) {
            if (mappe.getNumberOfSheets() == 0) {
                return zeilen;
            }
            Sheet blatt = mappe.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.GERMANY);
            for (Row row : blatt) {
                List<String> werte = new ArrayList<>();
                for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
                    werte.add(zelle(row.getCell(i), format));
                }
                zeilen.add(new Rohzeile(row.getRowNum() + 1, werte));
            }
        } catch (IOException | RuntimeException e) {
            throw FachlicherFehler.ungueltig("datei", "import.datei.defekt");
        }
        return zeilen;
    }

    /** A cell as text; a real Excel date as 31.03.2021, so dates read the same from both formats. */
    private static String zelle(Cell zelle, DataFormatter format) {
        if (zelle == null) {
            return null;
        }
        if (zelle.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(zelle)) {
            return DATUM.format(zelle.getLocalDateTimeCellValue().toLocalDate());
        }
        if (zelle.getCellType() == CellType.STRING) {
            return zelle.getStringCellValue();
        }
        return format.formatCellValue(zelle);
    }
}
