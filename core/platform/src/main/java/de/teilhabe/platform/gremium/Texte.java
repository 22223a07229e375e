package de.teilhabe.platform.gremium;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/** Trimming of user input: blank becomes {@code null}, lists lose their blank entries. */
final class Texte {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Texte() {
    }

    static String oderNull(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.isEmpty() ? null : t;
    }

    static String oderLeer(String text) {
        String t = oderNull(text);
        return t == null ? "" : t;
    }

    static List<String> liste(List<String> texte) {
        return texte == null ? List.of() : texte.stream().map(Texte::oderNull).filter(Objects::nonNull).toList();
    }

    /** A date as printed in council papers, e.g. 17.03.2021 (for message arguments). */
    static String datum(LocalDate tag) {
        return tag == null ? "" : DATUM.format(tag);
    }
}
