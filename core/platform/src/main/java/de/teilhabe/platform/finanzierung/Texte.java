package de.teilhabe.platform.finanzierung;

/** Free texts are stored trimmed; blank means none. */
final class Texte {

    private Texte() {
    }

    static String leer(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
