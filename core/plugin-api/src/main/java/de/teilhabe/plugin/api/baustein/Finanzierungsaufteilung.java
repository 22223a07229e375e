package de.teilhabe.plugin.api.baustein;

import java.math.BigDecimal;

/**
 * Split of eligible expenditure into the maximum state grant and the minimum own share, in euros.
 *
 * @param zuwendungsfaehigeAusgaben eligible expenditure
 * @param landesanteilHoechstens    maximum state grant
 * @param eigenanteilMindestens     minimum own share (expenditure minus state grant)
 */
public record Finanzierungsaufteilung(BigDecimal zuwendungsfaehigeAusgaben, BigDecimal landesanteilHoechstens,
                                      BigDecimal eigenanteilMindestens) {
}
