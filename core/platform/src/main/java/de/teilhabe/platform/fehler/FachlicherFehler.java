package de.teilhabe.platform.fehler;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A failure the user can act on: bad input, a conflict, a missing right. Its texts come from the
 * message bundle in German and English; the API renders it as RFC 9457 problem details.
 */
public class FachlicherFehler extends RuntimeException {

    private final Art art;
    private final String code;
    private final List<Object> argumente;
    private final List<Feldfehler> feldfehler;
    private final Duration wartezeit;

    public FachlicherFehler(Art art, String code, List<Feldfehler> feldfehler, Object... argumente) {
        this(art, code, feldfehler, null, argumente);
    }

    private FachlicherFehler(Art art, String code, List<Feldfehler> feldfehler, Duration wartezeit,
                             Object... argumente) {
        super(code);
        this.art = art;
        this.code = code;
        this.argumente = Collections.unmodifiableList(Arrays.asList(argumente.clone()));
        this.feldfehler = List.copyOf(feldfehler);
        this.wartezeit = wartezeit;
    }

    /**
     * Too many attempts: refused for {@code wartezeit}, which the API sends as {@code Retry-After} (in whole seconds,
     * at least one) beside the problem details of {@code code}.
     */
    public static FachlicherFehler zuVieleVersuche(Duration wartezeit, String code, Object... argumente) {
        return new FachlicherFehler(Art.ZU_VIELE_VERSUCHE, code, List.of(), wartezeit, argumente);
    }

    /**
     * Invalid input: 400; 422 when the input is well-formed and all that is wrong is what it refers to (unknown ids,
     * {@link Feldfehler#verweis}); 409 when all that is wrong is a value already taken ({@link Feldfehler#vergeben}).
     */
    public static FachlicherFehler ungueltig(List<Feldfehler> feldfehler) {
        Art art = feldfehler.stream().map(Feldfehler::art).distinct().reduce((a, b) -> Art.UNGUELTIG)
                .orElse(Art.UNGUELTIG);
        String code = switch (art) {
            case NICHT_VERARBEITBAR -> "eingabe.verweis.unbekannt";
            case KONFLIKT -> "konflikt.doppelt";
            default -> "eingabe.ungueltig";
        };
        return new FachlicherFehler(art, code, feldfehler);
    }

    public static FachlicherFehler ungueltig(String feld, String code, Object... argumente) {
        return ungueltig(List.of(Feldfehler.von(feld, code, argumente)));
    }

    /** One field that refers to something unknown in this Kreis: 422 with the field named. */
    public static FachlicherFehler verweis(String feld, String code, Object... argumente) {
        return ungueltig(List.of(Feldfehler.verweis(feld, code, argumente)));
    }

    public static FachlicherFehler konflikt(String code, Object... argumente) {
        return new FachlicherFehler(Art.KONFLIKT, code, List.of(), argumente);
    }

    /** A conflict with stored data at one input field, e.g. a name already taken: 409 with the field named. */
    public static FachlicherFehler konfliktBei(String feld, String code, Object... argumente) {
        return new FachlicherFehler(Art.KONFLIKT, code, List.of(Feldfehler.von(feld, code, argumente)), argumente);
    }

    public static FachlicherFehler veraltet() {
        return konflikt("konflikt.veraltet");
    }

    public static FachlicherFehler verboten() {
        return new FachlicherFehler(Art.VERBOTEN, "zugriff.verboten", List.of());
    }

    public static FachlicherFehler nichtGefunden(String code, Object... argumente) {
        return new FachlicherFehler(Art.NICHT_GEFUNDEN, code, List.of(), argumente);
    }

    /**
     * The failure a user can act on inside {@code fehler}: a {@link FachlicherFehler} in its cause chain, or what
     * PostgreSQL refused, translated ({@link Datenbankfehler}); empty for anything unexpected.
     */
    public static Optional<FachlicherFehler> in(Throwable fehler) {
        return ProblemAntworten.fachlich(fehler).or(() -> Datenbankfehler.uebersetzt(fehler));
    }

    public Art art() {
        return art;
    }

    public String code() {
        return code;
    }

    public List<Feldfehler> feldfehler() {
        return feldfehler;
    }

    /** How long to wait before trying again, for a refusal of too many attempts. */
    public Optional<Duration> wartezeit() {
        return Optional.ofNullable(wartezeit);
    }

    /** The wait in whole seconds as {@code Retry-After} wants it: rounded up, at least 1; empty without a wait. */
    public Optional<Long> wartesekunden() {
        return wartezeit().map(w -> Math.max(1, w.toSeconds() + (w.toNanosPart() > 0 ? 1 : 0)));
    }

    public String text(Locale locale) {
        return Meldungen.text(code, locale, argumente.toArray());
    }

    /** The text with the arguments the client sent left out (an API answer never repeats input). */
    String text(Locale locale, Eingaben eingaben) {
        return Meldungen.text(code, locale, eingaben.argumente(argumente));
    }

    @Override
    public String getMessage() {
        return text(Locale.GERMAN);
    }
}
