package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.zielgruppe.Programmurteil;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What the intake wizard shows before saving: the verdict of every program the Kreis runs, and the people already
 * recorded whom the intake may mean (to take one of them into the program instead).
 */
@Serdeable
public record Aufnahmepruefung(List<Programmurteil> urteile, List<Personenhinweis> bestehende) {
}
