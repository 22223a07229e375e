package de.teilhabe.platform.fehler;

/** Reads the version a client last saw from an {@code If-Match} header ({@code "3"} or {@code 3}). */
public final class IfMatch {

    private IfMatch() {
    }

    public static long version(String ifMatch) {
        try {
            return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").trim());
        } catch (RuntimeException e) {
            throw FachlicherFehler.ungueltig("If-Match", "version.ungueltig", ifMatch);
        }
    }
}
