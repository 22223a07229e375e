package de.teilhabe.platform.gremium;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A default seat of a {@link GremiumVorlage}.
 *
 * @param jeKommune  one seat per Kommune of the Kreis (the Kommune's name is appended to the function)
 * @param nachThema  filled per topic by the coordinating office; an empty one is no gap
 */
@Serdeable
public record Sitzvorlage(Mitgliedsrolle rolle, String funktion, boolean jeKommune, boolean nachThema) {
}
