package de.teilhabe.plugin.api.baustein;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One Förderbaustein (funding module) of a program.
 *
 * @param nummer          number as in the funding guideline (1, 2, … – unique within the program)
 * @param name            exact German name as in the guideline / council papers
 * @param beschreibung    German description of what is funded
 * @param foerderquote    default state share; empty if the module is not funded as a share of expenditure
 *                        (e.g. fixed post funding) or the share is not known
 * @param antragsteller   who may apply (at least one)
 * @param wettbewerb      present if the module is a competition with a deadline
 */
public record Foerderbaustein(int nummer, String name, String beschreibung, Optional<Foerderquote> foerderquote,
                              Set<Antragsteller> antragsteller, Optional<Wettbewerb> wettbewerb) {

    public Foerderbaustein {
        if (nummer < 1) {
            throw new IllegalArgumentException("Bausteinnummer muss positiv sein");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(beschreibung, "beschreibung");
        Objects.requireNonNull(foerderquote, "foerderquote");
        antragsteller = Set.copyOf(antragsteller);
        if (antragsteller.isEmpty()) {
            throw new IllegalArgumentException("Baustein " + nummer + ": mindestens ein Antragsteller");
        }
        Objects.requireNonNull(wettbewerb, "wettbewerb");
    }

    /** Whether {@code wer} may apply for this module. */
    public boolean darfBeantragen(Antragsteller wer) {
        return antragsteller.contains(wer);
    }

    /** Whether the module is a competition. */
    public boolean istWettbewerb() {
        return wettbewerb.isPresent();
    }
}
