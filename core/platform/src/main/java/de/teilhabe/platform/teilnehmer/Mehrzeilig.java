package de.teilhabe.platform.teilnehmer;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Param;
import org.jooq.impl.DSL;

/**
 * Many rows in one statement: the values collected per column and sent as one typed array each, the statement reading
 * them with {@code unnest(…) as n(col, …)}. One statement instead of one per row matters for the dated-fact tables,
 * whose statement-level triggers (derived ends, the person's caches, the status on the intake day) then run once per
 * statement over all its rows, not once per row.
 */
final class Mehrzeilig {

    private final List<String> spalten;
    private final List<DataType<?>> typen;
    private final List<List<Object>> werte = new ArrayList<>();

    /** Columns as {@code name} and their types, in the order {@link #zeile} gets the values. */
    Mehrzeilig(List<String> spalten, List<DataType<?>> typen) {
        this.spalten = List.copyOf(spalten);
        this.typen = List.copyOf(typen);
        spalten.forEach(s -> werte.add(new ArrayList<>()));
    }

    void zeile(Object... zeile) {
        for (int i = 0; i < zeile.length; i++) {
            werte.get(i).add(zeile[i]);
        }
    }

    int anzahl() {
        return werte.get(0).size();
    }

    /**
     * Runs {@code anweisung}, in which {@code {n}} stands for {@code unnest(?, …) as n(col, …)} (the rows as a table
     * {@code n}); the number of rows the statement changed. Nothing is run without rows.
     */
    int ausfuehren(DSLContext sql, String anweisung) {
        if (anzahl() == 0) {
            return 0;
        }
        StringBuilder quelle = new StringBuilder("unnest(");
        List<Param<?>> parameter = new ArrayList<>();
        for (int i = 0; i < spalten.size(); i++) {
            quelle.append(i == 0 ? "?" : ", ?");
            parameter.add(feld(typen.get(i), werte.get(i)));
        }
        quelle.append(") as n(").append(String.join(", ", spalten)).append(')');
        return sql.execute(anweisung.replace("{n}", quelle), parameter.toArray());
    }

    @SuppressWarnings("unchecked")
    private static <T> Param<T[]> feld(DataType<T> typ, List<Object> spalte) {
        T[] feld = (T[]) Array.newInstance(typ.getType(), spalte.size());
        for (int i = 0; i < feld.length; i++) {
            feld[i] = (T) spalte.get(i);
        }
        return DSL.val(feld, typ.getArrayDataType());
    }
}
