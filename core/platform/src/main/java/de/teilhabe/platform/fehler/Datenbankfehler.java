package de.teilhabe.platform.fehler;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What PostgreSQL refused, as a problem the user can act on: a unique violation is 409 {@code konflikt.doppelt} on the
 * field of the first key column, an exclusion 409 {@code konflikt.ueberschneidung}, a missing reference, a missing
 * value, a broken check, a text too long or a number out of range 422 — named by the column, never with the value
 * sent or the SQL. A serialization failure or deadlock is 409 {@code konflikt.gleichzeitig} (try again). Anything else
 * is not translated ({@link #uebersetzt} is empty) and stays an unexpected error.
 */
final class Datenbankfehler {

    private static final Pattern SCHLUESSEL = Pattern.compile("Key \\(([a-z_0-9]+)");

    private Datenbankfehler() {
    }

    /** The translation of the first SQL error in the cause chain of {@code fehler}, if it is one we know. */
    static Optional<FachlicherFehler> uebersetzt(Throwable fehler) {
        return sqlFehler(fehler).flatMap(Datenbankfehler::uebersetzt);
    }

    private static Optional<SQLException> sqlFehler(Throwable fehler) {
        return Ursachen.kette(fehler).filter(t -> t instanceof SQLException sql && sql.getSQLState() != null)
                .map(SQLException.class::cast).findFirst();
    }

    private static Optional<FachlicherFehler> uebersetzt(SQLException sql) {
        String zustand = sql.getSQLState();
        String spalte = spalte(sql);
        return Optional.ofNullable(switch (zustand) {
            case "23505" -> mitFeld(Art.KONFLIKT, "konflikt.doppelt", spalte);
            case "23P01" -> mitFeld(Art.KONFLIKT, "konflikt.ueberschneidung", spalte);
            case "23503" -> mitFeld(Art.NICHT_VERARBEITBAR, "eingabe.verweis.unbekannt", spalte);
            case "23502" -> mitFeld(Art.NICHT_VERARBEITBAR, "eingabe.pflicht", spalte);
            case "23514" -> mitFeld(Art.NICHT_VERARBEITBAR, "eingabe.regel", spalte);
            case "22001", "54000" -> mitFeld(Art.NICHT_VERARBEITBAR, "eingabe.zu.lang.gespeichert", spalte);
            case "22003" -> mitFeld(Art.NICHT_VERARBEITBAR, "eingabe.zahl.bereich", spalte);
            case "22007", "22008" -> mitFeld(Art.NICHT_VERARBEITBAR, "eingabe.datum", spalte);
            case "22021", "22P05", "22P02" -> mitFeld(Art.UNGUELTIG, "eingabe.steuerzeichen", spalte);
            case "40001", "40P01", "55P03" -> new FachlicherFehler(Art.KONFLIKT, "konflikt.gleichzeitig", List.of());
            default -> null;
        });
    }

    private static FachlicherFehler mitFeld(Art art, String code, String spalte) {
        List<Feldfehler> felder = spalte == null ? List.of() : List.of(Feldfehler.von(feld(spalte), code));
        return new FachlicherFehler(art, code, felder);
    }

    /** The column the server names (or the first key column of the detail line), if any. */
    private static String spalte(SQLException sql) {
        if (!(sql instanceof PSQLException psql) || psql.getServerErrorMessage() == null) {
            return null;
        }
        ServerErrorMessage meldung = psql.getServerErrorMessage();
        if (meldung.getColumn() != null) {
            return meldung.getColumn();
        }
        if (meldung.getDetail() != null) {
            Matcher m = SCHLUESSEL.matcher(meldung.getDetail());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** {@code baustein_id} → {@code bausteinId}, the name the API gives the field. */
    static String feld(String spalte) {
        StringBuilder feld = new StringBuilder();
        boolean gross = false;
        for (char c : spalte.toCharArray()) {
            if (c == '_') {
                gross = true;
            } else {
                feld.append(gross ? Character.toUpperCase(c) : c);
                gross = false;
            }
        }
        return feld.toString();
    }
}
