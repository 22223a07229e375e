package de.teilhabe.plugin.api.bericht;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Type of a report column; decides the Java type of its cells and the export format. */
public enum Spaltentyp {
    TEXT(String.class),
    GANZZAHL(Long.class),
    DEZIMAL(BigDecimal.class),
    DATUM(LocalDate.class);

    private final Class<?> zellentyp;

    Spaltentyp(Class<?> zellentyp) {
        this.zellentyp = zellentyp;
    }

    /** Java type of non-empty cells in such a column. */
    public Class<?> zellentyp() {
        return zellentyp;
    }
}
