package de.teilhabe.platform.fallarbeit;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The case work with one participant: goals (by agreement date), notes and referrals (newest first). */
@Serdeable
public record Fallakte(List<Ziel> ziele, List<Fallnotiz> notizen, List<Verweisung> verweisungen) {
}
