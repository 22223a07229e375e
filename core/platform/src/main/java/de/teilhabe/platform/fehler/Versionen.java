package de.teilhabe.platform.fehler;

import io.micronaut.data.exceptions.OptimisticLockException;
import java.util.function.Supplier;

/**
 * Optimistic locking for every feature: the version a client last read must still be the stored one, and
 * a concurrent change between reading and writing becomes 409 {@code konflikt.veraltet} — never a silent
 * overwrite.
 */
public final class Versionen {

    private Versionen() {
    }

    public static void pruefen(long gespeichert, long gelesen) {
        if (gespeichert != gelesen) {
            throw FachlicherFehler.veraltet();
        }
    }

    /** Runs a versioned update (Micronaut Data adds {@code where version = ?}). */
    public static <T> T aktualisieren(Supplier<T> update) {
        try {
            return update.get();
        } catch (OptimisticLockException e) {
            throw FachlicherFehler.veraltet();
        }
    }

    /** The version in an {@code If-Match} header: {@code "3"}, {@code W/"3"} or {@code 3}. */
    public static long ausIfMatch(String ifMatch) {
        String wert = ifMatch == null ? "" : ifMatch.replace("W/", "").replace("\"", "").trim();
        try {
            return Long.parseLong(wert);
        } catch (NumberFormatException e) {
            throw FachlicherFehler.ungueltig("If-Match", "version.ungueltig");
        }
    }
}
