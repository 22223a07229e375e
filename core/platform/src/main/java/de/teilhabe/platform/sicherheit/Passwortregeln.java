package de.teilhabe.platform.sicherheit;

import io.micronaut.core.annotation.Nullable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The password policy (BSI / NIST SP 800-63B), checked wherever a password is set: at least
 * {@value Passwoerter#MINDESTLAENGE} characters; not one of the 10,000 most common passwords, also not with only
 * digits or signs before or after one ({@code passwort12}, {@code Sommer2024!}); not containing the user name,
 * the Kreis name or a word of it with four letters or more (apart from „Kreis“), all case-insensitive. The answer is
 * the message code of the first rule broken; a password is never quoted.
 */
public final class Passwortregeln {

    public static final String ZU_KURZ = "passwort.zu.kurz";
    public static final String HAEUFIG = "passwort.haeufig";
    public static final String ENTHAELT_BENUTZERNAME = "passwort.enthaelt.benutzername";
    public static final String ENTHAELT_KREIS = "passwort.enthaelt.kreis";

    /** SecLists' 10-million-password-list-top-10000 (CC BY-SA 3.0), one password a line. */
    static final String LISTE = "haeufige-passwoerter.txt";
    private static final Set<String> HAEUFIGE = laden();
    private static final int MIN_WORT = 4;

    private Passwortregeln() {
    }

    /** The code of the first rule the password breaks, with {@link Passwoerter#MINDESTLAENGE} as the argument of {@link #ZU_KURZ}. */
    public static Optional<String> verstoss(@Nullable String passwort, @Nullable String benutzername,
                                            @Nullable String kreisName) {
        if (passwort == null || passwort.length() < Passwoerter.MINDESTLAENGE) {
            return Optional.of(ZU_KURZ);
        }
        String klein = passwort.toLowerCase(Locale.ROOT);
        if (HAEUFIGE.contains(klein) || HAEUFIGE.contains(kern(klein))) {
            return Optional.of(HAEUFIG);
        }
        String zeichen = nurBuchstabenUndZiffern(klein);
        String name = benutzername == null ? "" : nurBuchstabenUndZiffern(benutzername.toLowerCase(Locale.ROOT));
        if (!name.isEmpty() && zeichen.contains(name)) {
            return Optional.of(ENTHAELT_BENUTZERNAME);
        }
        if (kreisName != null && kreisteile(kreisName).anyMatch(zeichen::contains)) {
            return Optional.of(ENTHAELT_KREIS);
        }
        return Optional.empty();
    }

    /** The password without digits and other signs before its first and after its last letter. */
    static String kern(String passwort) {
        int anfang = 0;
        int ende = passwort.length();
        while (anfang < ende && !Character.isLetter(passwort.charAt(anfang))) {
            anfang++;
        }
        while (ende > anfang && !Character.isLetter(passwort.charAt(ende - 1))) {
            ende--;
        }
        return passwort.substring(anfang, ende);
    }

    static int anzahlHaeufige() {
        return HAEUFIGE.size();
    }

    /** The whole name and each of its words of four letters or more, apart from the word „Kreis“ itself. */
    private static Stream<String> kreisteile(String kreisName) {
        String klein = kreisName.toLowerCase(Locale.GERMAN);
        Stream<String> woerter = Stream.of(klein.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= MIN_WORT && !w.equals("kreis"));
        return Stream.concat(Stream.of(nurBuchstabenUndZiffern(klein)), woerter).filter(t -> !t.isEmpty());
    }

    private static String nurBuchstabenUndZiffern(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static Set<String> laden() {
        try (InputStream ein = Passwortregeln.class.getResourceAsStream(LISTE)) {
            if (ein == null) {
                throw new IllegalStateException("Passwortliste " + LISTE + " fehlt");
            }
            Set<String> liste = new HashSet<>(16_384);
            new BufferedReader(new InputStreamReader(ein, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(z -> !z.isEmpty()).map(z -> z.toLowerCase(Locale.ROOT)).forEach(liste::add);
            return Set.copyOf(liste);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
