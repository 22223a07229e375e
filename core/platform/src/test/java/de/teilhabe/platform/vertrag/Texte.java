package de.teilhabe.platform.vertrag;

/** Shortening and escaping texts for the report, so control characters and huge values stay readable. */
final class Texte {

    private Texte() {
    }

    static String kuerzen(String text, int laenge) {
        if (text == null) {
            return "";
        }
        String t = sichtbar(text.length() > laenge * 2 ? text.substring(0, laenge * 2) : text);
        return t.length() <= laenge ? t : t.substring(0, laenge) + "…(" + text.length() + " chars)";
    }

    /** Control characters as {@code \u0000}, line breaks as {@code \n}. */
    static String sichtbar(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '\n') {
                s.append("\\n");
            } else if (c == '\r') {
                s.append("\\r");
            } else if (Character.isISOControl(c)) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }
}
