package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.FachlicherFehler;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds a Maßnahme of the Kreis the way an office writes it in a list: parts separated by „·“ or „|“, each naming
 * one property — the Förderbaustein („FB 1“, „Förderbaustein 1“, „1“), the provider (short or full name), a Kommune
 * it runs in (or all of them, „Neuss/Kaarst“), its title, the Baustein's or the program's name, its planned start
 * („ab 01.06.2020“). The display text of an assignment in the record („FB 1 · Caritas · Coaching · Neuss · ab
 * 01.04.2020“) is such a text too. Exactly one Maßnahme must have every part; none or several is an error of
 * {@code massnahmeId} that says what to add.
 */
final class Massnahmenkennung {

    /** What a Maßnahme is known by. */
    record Eintrag(UUID id, int baustein, String programmId, String programmName, String bausteinName,
                   String traeger, String kurzname, String titel, List<String> kommunen, LocalDate start) {

        /** „FB 1 · TZG · Meerbusch · ab 01.06.2020“. */
        String anzeige() {
            List<String> teile = new ArrayList<>(List.of("FB " + baustein, kurzname != null ? kurzname : traeger));
            if (titel != null) {
                teile.add(titel);
            }
            if (!kommunen.isEmpty()) {
                teile.add(String.join("/", kommunen));
            }
            if (start != null) {
                teile.add("ab " + DATUM.format(start));
            }
            return String.join(" · ", teile);
        }
    }

    private static final Pattern TEILE = Pattern.compile("\\s*[·|]\\s*");
    private static final Pattern BAUSTEIN = Pattern.compile("(?:fb|foerderbaustein|baustein)?\\s*(\\d{1,2})");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter LESEN = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final List<Eintrag> eintraege;

    Massnahmenkennung(List<Eintrag> eintraege) {
        this.eintraege = List.copyOf(eintraege);
    }

    /** The id of the one Maßnahme {@code text} names. */
    UUID finden(String text) {
        List<String> teile = Arrays.stream(TEILE.split(text.strip())).map(Importspalte::normal)
                .filter(t -> !t.isEmpty()).toList();
        List<Eintrag> treffer = eintraege.stream().filter(e -> teile.stream().allMatch(t -> passt(e, t))).toList();
        if (treffer.isEmpty()) {
            throw FachlicherFehler.ungueltig("massnahmeId", "import.massnahme.unbekannt", text.strip());
        }
        if (treffer.size() > 1) {
            throw FachlicherFehler.ungueltig("massnahmeId", "import.massnahme.mehrdeutig", text.strip(),
                    treffer.size(), treffer.stream().map(Eintrag::anzeige).collect(Collectors.joining("; ")));
        }
        return treffer.get(0).id();
    }

    private static boolean passt(Eintrag e, String teil) {
        Matcher baustein = BAUSTEIN.matcher(teil);
        if (baustein.matches()) {
            return Integer.parseInt(baustein.group(1)) == e.baustein();
        }
        LocalDate start = datum(teil);
        if (start != null) {
            return start.equals(e.start());
        }
        List<String> namen = new ArrayList<>(Arrays.asList(e.traeger(), e.kurzname(), e.titel(), e.bausteinName(),
                e.programmName(), e.programmId(), String.join("/", e.kommunen())));
        namen.addAll(e.kommunen());
        return namen.stream().anyMatch(n -> n != null && Importspalte.normal(n).equals(teil));
    }

    /** „ab 01.06.2020“ or „01.06.2020“ (also „1.6.2020“); otherwise null. */
    private static LocalDate datum(String teil) {
        String t = teil.startsWith("ab ") ? teil.substring(3).strip() : teil;
        try {
            return LocalDate.parse(t, LESEN);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
