package de.teilhabe.platform.audit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The one rule of what the audit log keeps about people (ADR 0003): an entry about a record that is or belongs to a
 * person — a participant with everything recorded about them (history, participations, assignments, consents,
 * clearances, case work, program fields, import, data access, erasure), and a person who sits in a Gremium — names
 * the fields the action read or changed, never their values: {@code {"felder": ["nachname", "geburtsdatum"]}}. An
 * entry about many people at once (a search, a list, an import, no object id) may add counts
 * ({@code "treffer": 12}). So the log proves who read or changed which person's record when, and never becomes a
 * second copy of the data it protects: after erasure nothing of the person is left in it but the id.
 */
public final class Personenbezug {

    /** Object types whose entries name fields only: participants (and all their records), Gremium persons. */
    static final Set<String> OBJEKTTYPEN = Set.of("Teilnehmer", "Person");

    /**
     * A field name: an identifier, qualified with dots or dashes ({@code zuweisung.ab}, a plugin's
     * {@code aufnahme.schulabschluss}); no free text, date or number fits. It cannot tell a name from a word, so the
     * callers pass constants.
     */
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*([.-][A-Za-z0-9_]+)*");
    private static final int LAENGE = 100;

    private Personenbezug() {
    }

    /** Whether entries about {@code objektTyp} may name fields only. */
    public static boolean betrifftPerson(String objektTyp) {
        return OBJEKTTYPEN.contains(objektTyp);
    }

    /** The entry about one person's record: the field names, each once, in the given order. */
    static Map<String, Object> felder(Collection<String> felder) {
        return eintrag(felder, Map.of());
    }

    /** The entry about many people: the field names (filter or file columns) and counts, by name. */
    static Map<String, Object> eintrag(Collection<String> felder, Map<String, ? extends Number> zahlen) {
        Set<String> namen = new LinkedHashSet<>();
        for (String feld : felder == null ? List.<String>of() : felder) {
            namen.add(geprueft(feld));
        }
        Map<String, Object> eintrag = new LinkedHashMap<>();
        if (!namen.isEmpty()) {
            eintrag.put("felder", List.copyOf(namen));
        }
        new TreeMap<>(zahlen).forEach((name, zahl) -> {
            if (!(zahl instanceof Integer || zahl instanceof Long)) {
                throw new IllegalArgumentException("Audit: nur ganze Zahlen als Anzahl (" + name + ")");
            }
            eintrag.put(geprueft(name), zahl);
        });
        return eintrag;
    }

    /** A name, or a programming error: a value must never reach the log of a person's record. */
    private static String geprueft(String name) {
        if (name == null || name.length() > LAENGE || !NAME.matcher(name).matches() || "felder".equals(name)) {
            throw new IllegalArgumentException("Audit: kein Feldname");
        }
        return name;
    }
}
