package de.teilhabe.plugin.api.baustein;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Anteilsfinanzierung: the Land pays at most a percentage of the eligible expenditure, the applicant the rest.
 *
 * @param landesanteilHoechstensProzent maximum state share in percent (0–100], e.g. 80
 */
public record Foerderquote(BigDecimal landesanteilHoechstensProzent) {

    private static final BigDecimal HUNDERT = BigDecimal.valueOf(100);

    public Foerderquote {
        Objects.requireNonNull(landesanteilHoechstensProzent, "landesanteilHoechstensProzent");
        if (landesanteilHoechstensProzent.signum() <= 0 || landesanteilHoechstensProzent.compareTo(HUNDERT) > 0) {
            throw new IllegalArgumentException("Landesanteil muss über 0 und höchstens 100 Prozent liegen");
        }
    }

    /** Factory for a whole percentage, e.g. {@code Foerderquote.prozent(80)}. */
    public static Foerderquote prozent(int landesanteilHoechstens) {
        return new Foerderquote(BigDecimal.valueOf(landesanteilHoechstens));
    }

    /** Minimum own share in percent: 100 minus the state share. */
    public BigDecimal eigenanteilMindestensProzent() {
        return HUNDERT.subtract(landesanteilHoechstensProzent);
    }

    /**
     * Splits eligible expenditure. Rounding rule: the state grant is rounded <em>down</em> to whole cents
     * (it is a maximum), the own share is the remainder, so it never falls below its minimum percentage.
     */
    public Finanzierungsaufteilung aufteilen(BigDecimal zuwendungsfaehigeAusgaben) {
        if (zuwendungsfaehigeAusgaben.signum() < 0) {
            throw new IllegalArgumentException("Zuwendungsfähige Ausgaben dürfen nicht negativ sein");
        }
        BigDecimal ausgaben = zuwendungsfaehigeAusgaben.setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal land = ausgaben.multiply(landesanteilHoechstensProzent)
                .divide(HUNDERT, 2, RoundingMode.DOWN);
        return new Finanzierungsaufteilung(ausgaben, land, ausgaben.subtract(land));
    }
}
