package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.Feldfehler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The consistency rules of a person's history (ADR 0002), checked on the whole history after every change — by
 * intake, changes, corrections and the import alike:
 * <ul>
 *   <li>no date before the birth date (where known), none after today — except the first day of an assignment
 *       (a plan) and the known end of a work ban or exclusion fact;</li>
 *   <li>a period ends on or after it begins;</li>
 *   <li>participations in one program, periods of one Merkmal and assignments to one Maßnahme do not overlap;</li>
 *   <li>the Kommune is known from the first intake on;</li>
 *   <li>every assignment lies inside a participation in the Maßnahme's program, or in a program whose participants
 *       that program's plugin admits ({@link Zulassung}): running on its first day, and still open while the
 *       assignment runs.</li>
 * </ul>
 * Only violations the change brings are reported ({@link #neue}), so data recorded before a rule existed does not
 * block unrelated work.
 */
final class Verlaufsregeln {

    /**
     * The violations that mean a fact is recorded twice for a period — a running assignment to the same Maßnahme, an
     * overlapping participation or Merkmal: a conflict with what is stored, not bad input.
     */
    static final Set<String> DOPPELT = Set.of("teilnehmer.teilnahme.ueberschneidung",
            "teilnehmer.merkmal.ueberschneidung", "teilnehmer.zuweisung.ueberschneidung");

    /** Whether a participant of {@code programm} may be assigned to the Maßnahme of {@code zuweisung}. */
    @FunctionalInterface
    interface Zulassung {
        boolean zulaessig(String programm, Zuweisung zuweisung);
    }

    /** One broken rule, as message code and arguments. */
    record Verstoss(String code, List<Object> argumente) {

        Verstoss {
            argumente = List.copyOf(argumente);
        }

        static Verstoss von(String code, Object... argumente) {
            return new Verstoss(code, List.of(argumente));
        }

        Feldfehler an(String feld) {
            return new Feldfehler(feld, code, argumente);
        }
    }

    private Verlaufsregeln() {
    }

    /** The violations of {@code neu} that {@code alt} did not have, as errors of {@code feld}. */
    static List<Feldfehler> neue(Personenverlauf alt, Personenverlauf neu, LocalDate heute, Zulassung zulassung,
                                 Function<String, String> programmname, String feld) {
        Set<Verstoss> vorher = alt == null ? Set.of() : new LinkedHashSet<>(pruefen(alt, heute, zulassung, programmname));
        return pruefen(neu, heute, zulassung, programmname).stream().filter(v -> !vorher.contains(v))
                .map(v -> v.an(feld)).toList();
    }

    static List<Verstoss> pruefen(Personenverlauf v, LocalDate heute, Zulassung zulassung,
                                  Function<String, String> programmname) {
        Set<Verstoss> verstoesse = new LinkedHashSet<>();
        daten(v, heute, verstoesse);
        ueberschneidungen(v, programmname, verstoesse);
        if (!v.teilnahmen().isEmpty()) {
            LocalDate ersteAufnahme = v.teilnahmen().stream().map(Programmteilnahme::ab).min(LocalDate::compareTo)
                    .orElseThrow();
            if (v.wohnortAm(ersteAufnahme).isEmpty()) {
                verstoesse.add(Verstoss.von("teilnehmer.wohnort.fehlt", ersteAufnahme));
            }
        }
        for (Zuweisung z : v.zuweisungen()) {
            if (!gedeckt(v, z, zulassung)) {
                verstoesse.add(Verstoss.von("teilnehmer.zuweisung.ohne.teilnahme", z.massnahme(), z.ab(),
                        programmname.apply(z.programm())));
            }
        }
        return new ArrayList<>(verstoesse);
    }

    /** Whether a participation in the Maßnahme's program, or in a program it admits, carries the assignment. */
    static boolean gedeckt(Personenverlauf v, Zuweisung z, Zulassung zulassung) {
        return v.teilnahmen().stream().anyMatch(t -> deckt(t, z)
                && (t.programm().equals(z.programm()) || zulassung.zulaessig(t.programm(), z)));
    }

    /** The participation runs on the assignment's first day and lasts at least as long as the assignment. */
    private static boolean deckt(Programmteilnahme t, Zuweisung z) {
        if (!t.giltAm(z.ab())) {
            return false;
        }
        return t.bis() == null || (z.bis() != null && !t.bis().isBefore(z.bis()));
    }

    private static void daten(Personenverlauf v, LocalDate heute, Set<Verstoss> verstoesse) {
        List<LocalDate> geschehen = new ArrayList<>();
        List<LocalDate> alle = new ArrayList<>();
        v.wohnorte().forEach(w -> geschehen.add(w.ab()));
        v.aufenthalte().forEach(a -> geschehen.add(a.ab()));
        v.freigaben().forEach(f -> geschehen.add(f.ab()));
        v.merkmale().forEach(m -> {
            geschehen.add(m.ab());
            alle.add(m.bis());
        });
        v.teilnahmen().forEach(t -> {
            geschehen.add(t.ab());
            geschehen.add(t.bis());
        });
        v.zuweisungen().forEach(z -> {
            alle.add(z.ab()); // a plan may lie ahead
            geschehen.add(z.bis());
        });
        alle.addAll(geschehen);
        for (LocalDate tag : geschehen) {
            if (tag != null && tag.isAfter(heute)) {
                verstoesse.add(Verstoss.von("teilnehmer.datum.zukunft", tag));
            }
        }
        if (v.geburtsdatum() != null) {
            for (LocalDate tag : alle) {
                if (tag != null && tag.isBefore(v.geburtsdatum())) {
                    verstoesse.add(Verstoss.von("teilnehmer.datum.vor.geburt", tag, v.geburtsdatum()));
                }
            }
        }
        List<Zeitraum> zeitraeume = new ArrayList<>();
        zeitraeume.addAll(v.merkmale());
        zeitraeume.addAll(v.teilnahmen());
        zeitraeume.addAll(v.zuweisungen());
        for (Zeitraum z : zeitraeume) {
            if (z.bis() != null && z.bis().isBefore(z.ab())) {
                verstoesse.add(Verstoss.von("teilnehmer.ende.vor.beginn", z.ab()));
            }
        }
    }

    private static void ueberschneidungen(Personenverlauf v, Function<String, String> programmname,
                                          Set<Verstoss> verstoesse) {
        paarweise(v.teilnahmen(), (a, b) -> a.programm().equals(b.programm()), (a, b) ->
                Verstoss.von("teilnehmer.teilnahme.ueberschneidung", programmname.apply(a.programm()),
                        frueher(a, b).ab()), verstoesse);
        paarweise(v.merkmale(), (a, b) -> a.merkmal() == b.merkmal(), (a, b) ->
                Verstoss.von("teilnehmer.merkmal.ueberschneidung", a.merkmal().text(null), frueher(a, b).ab()),
                verstoesse);
        paarweise(v.zuweisungen(), (a, b) -> a.massnahmeId().equals(b.massnahmeId()), (a, b) ->
                Verstoss.von("teilnehmer.zuweisung.ueberschneidung", a.massnahme(), frueher(a, b).ab()), verstoesse);
    }

    private static <T extends Zeitraum> void paarweise(List<T> liste, java.util.function.BiPredicate<T, T> gleich,
                                                       java.util.function.BiFunction<T, T, Verstoss> verstoss,
                                                       Set<Verstoss> verstoesse) {
        for (int i = 0; i < liste.size(); i++) {
            for (int j = i + 1; j < liste.size(); j++) {
                T a = liste.get(i);
                T b = liste.get(j);
                if (gleich.test(a, b) && a.ueberschneidet(b)) {
                    verstoesse.add(verstoss.apply(a, b));
                }
            }
        }
    }

    private static <T extends Zeitraum> T frueher(T a, T b) {
        return Objects.requireNonNull(a.ab()).isAfter(b.ab()) ? b : a;
    }
}
