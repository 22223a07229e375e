package de.teilhabe.platform.gremium;

import de.teilhabe.platform.fehler.FachlicherFehler;
import io.micronaut.data.exceptions.OptimisticLockException;
import java.util.function.Supplier;

/** Optimistic locking: the version the client last read must still be the stored one. */
final class Versionen {

    private Versionen() {
    }

    static void pruefen(long gespeichert, long gelesen) {
        if (gespeichert != gelesen) {
            throw FachlicherFehler.veraltet();
        }
    }

    /** Runs a versioned update; a concurrent change in between becomes 409 {@code konflikt.veraltet}. */
    static <T> T aktualisieren(Supplier<T> update) {
        try {
            return update.get();
        } catch (OptimisticLockException e) {
            throw FachlicherFehler.veraltet();
        }
    }

    /** The version in an {@code If-Match} header: {@code "3"}, {@code W/"3"} or {@code 3}. */
    static long ausIfMatch(String ifMatch) {
        String wert = ifMatch == null ? "" : ifMatch.replace("W/", "").replace("\"", "").trim();
        try {
            return Long.parseLong(wert);
        } catch (NumberFormatException e) {
            throw FachlicherFehler.ungueltig("If-Match", "gremium.version.ungueltig", ifMatch);
        }
    }
}
