package de.teilhabe.platform.gremium;

import java.util.List;

/** Members and unfilled seats of some Gremien, as read by {@link MitgliederAbfrage}. */
record Besetzung(List<Mitglied> mitglieder, List<OffenerSitz> offeneSitze) {
}
