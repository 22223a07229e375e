package de.teilhabe.plugin.api.baustein;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A Förderbaustein awarded through a competition (Wettbewerb) rather than on application.
 *
 * @param einreichungsfrist last day for submissions (Stichtag), inclusive
 * @param hinweis           German note, e.g. what the competition looks for
 */
public record Wettbewerb(LocalDate einreichungsfrist, String hinweis) {

    public Wettbewerb {
        Objects.requireNonNull(einreichungsfrist, "einreichungsfrist");
        hinweis = hinweis == null ? "" : hinweis;
    }

    /** Whether a submission on {@code tag} is in time (the deadline day itself counts). */
    public boolean fristGewahrt(LocalDate tag) {
        return !tag.isAfter(einreichungsfrist);
    }
}
