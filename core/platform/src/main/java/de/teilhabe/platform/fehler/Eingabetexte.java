package de.teilhabe.platform.fehler;

import java.util.Optional;

/**
 * The rule for every text a client sends: free texts (notes, descriptions, minutes — the fields marked
 * {@link Freitext}) may span lines and hold tabs, up to {@value #FREITEXT_LAENGE} characters; every other text is one line of at most
 * {@value #ZEILE_LAENGE} characters (short enough for every indexed column). No text may hold a NUL or another
 * control character.
 */
public final class Eingabetexte {

    public static final int ZEILE_LAENGE = 500;
    public static final int FREITEXT_LAENGE = 20_000;

    private Eingabetexte() {
    }

    /** The text if it keeps the rule of its field ({@code frei}: a free text); otherwise a 400 problem on the field. */
    static String pruefen(String feld, boolean frei, String text) {
        int max = frei ? FREITEXT_LAENGE : ZEILE_LAENGE;
        verstoss(text, frei, max).ifPresent(code -> {
            throw code.equals("eingabe.zu.lang") ? FachlicherFehler.ungueltig(feld, code, max)
                    : FachlicherFehler.ungueltig(feld, code);
        });
        return text;
    }

    /**
     * The message code of the rule {@code text} breaks — {@code eingabe.zu.lang} beyond {@code max} characters,
     * {@code eingabe.steuerzeichen(.freitext)} for a control character ({@code frei}: line breaks and tabs allowed)
     * — or empty; {@code null} breaks none.
     */
    static Optional<String> verstoss(CharSequence text, boolean frei, int max) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.length() > max) {
            return Optional.of("eingabe.zu.lang");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (steuerzeichen(c) && !(frei && (c == '\n' || c == '\t'))) {
                return Optional.of(frei ? "eingabe.steuerzeichen.freitext" : "eingabe.steuerzeichen");
            }
        }
        return Optional.empty();
    }

    private static boolean steuerzeichen(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
    }
}
