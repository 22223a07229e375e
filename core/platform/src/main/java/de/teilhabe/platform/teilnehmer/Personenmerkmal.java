package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.Meldungen;
import de.teilhabe.plugin.api.zielgruppe.Merkmal;
import java.util.Locale;
import java.util.Optional;

/**
 * Dated facts about a person that hold for a period: the work ban (Beschäftigungsverbot, counted for the committee)
 * and the facts the programs' target-group rules look at (exclusions such as the Landesaufnahmeeinrichtung, services
 * already in place). Each but the work ban is handed to the rules as the plugin API's {@link Merkmal}.
 */
public enum Personenmerkmal {
    BESCHAEFTIGUNGSVERBOT(null),
    IN_LANDESAUFNAHMEEINRICHTUNG(Merkmal.IN_LANDESAUFNAHMEEINRICHTUNG),
    GEFAEHRDER(Merkmal.GEFAEHRDER),
    AUSREISEPFLICHTIG_MIT_SCHWEREN_STRAFTATEN(Merkmal.AUSREISEPFLICHTIG_MIT_SCHWEREN_STRAFTATEN),
    BETREUT_JMD(Merkmal.BETREUT_JMD),
    BETREUT_MBE(Merkmal.BETREUT_MBE),
    KIND_EINER_ZIELPERSON(Merkmal.KIND_EINER_ZIELPERSON);

    private final Merkmal regelmerkmal;

    Personenmerkmal(Merkmal regelmerkmal) {
        this.regelmerkmal = regelmerkmal;
    }

    /** What the target-group rules see of it, if anything. */
    public Optional<Merkmal> regelmerkmal() {
        return Optional.ofNullable(regelmerkmal);
    }

    /** The label in the given language (German by default). */
    public String text(Locale locale) {
        return Meldungen.text("teilnehmer.merkmal." + name(), locale);
    }
}
