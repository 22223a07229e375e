package de.teilhabe.plugins.gemeinsamklappts.zielgruppe;

import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import de.teilhabe.plugin.api.zielgruppe.Begruendung;
import de.teilhabe.plugin.api.zielgruppe.Einstufung;
import de.teilhabe.plugin.api.zielgruppe.Merkmal;
import de.teilhabe.plugin.api.zielgruppe.Personenangaben;
import de.teilhabe.plugin.api.zielgruppe.Pruefanfrage;
import de.teilhabe.plugin.api.zielgruppe.Zielgruppenregel;
import de.teilhabe.plugin.api.zielgruppe.Zielgruppenurteil;
import org.pf4j.Extension;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Target group of the Teilhabemanagement (seeds 000, 001, 002, 003):
 * <ol>
 *   <li>Exclusions first – Landesaufnahmeeinrichtung, Gefährder, ausreisepflichtig with serious offences, and the
 *       ABH's refusal of the clearance (it found one of them) – give „nicht Zielgruppe“ without exception,
 *       whatever else is known.</li>
 *   <li>Missing birth date or status (or a birth date after the reference date) → „nicht entscheidbar“,
 *       naming each missing item.</li>
 *   <li>Age 18 to 27 inclusive at the reference date (the 18th birthday counts, the 28th birthday ends it).</li>
 *   <li>Duldung → primary, Gestattung → secondary; Aufenthaltstitel → not target group, but a documented
 *       exception is allowed (RKN took in two such persons by 31.03.2021, seed 000) – only if the age fits;
 *       any other status → not target group.</li>
 * </ol>
 * Everyone in the target group (and every exception) gets the note to obtain the ABH clearance
 * (Freigabebestätigung); persons receiving SGB benefits get a note on the program's focus (seed 003).
 */
@Extension
public class TeilhabemanagementZielgruppe implements Zielgruppenregel {

    public static final String ID = "gemeinsam-klappts.zielgruppe";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String bezeichnung() {
        return "Zielgruppe Teilhabemanagement (Baustein 6)";
    }

    @Override
    public Zielgruppenurteil pruefe(Pruefanfrage anfrage) {
        Personenangaben person = anfrage.person();
        LocalDate stichtag = anfrage.stichtag();
        List<Begruendung> ausschluesse = ausschluesse(person);
        if (!ausschluesse.isEmpty()) {
            return new Zielgruppenurteil(Einstufung.NICHT_ZIELGRUPPE, ausschluesse, false, List.of());
        }
        List<Begruendung> fehlend = fehlendeDaten(person, stichtag);
        if (!fehlend.isEmpty()) {
            return Zielgruppenurteil.nichtEntscheidbar(fehlend);
        }
        int alter = person.alterAm(stichtag).orElseThrow();
        boolean alterPasst = alter >= 18 && alter <= 27;
        Begruendung alterGrund = alterPasst ? Gruende.alterPasst(alter, stichtag) : Gruende.alterAusserhalb(alter, stichtag);
        Zielgruppenurteil urteil = nachStatus(person.aufenthaltsstatus().orElseThrow(), alterPasst, alterGrund);
        if (urteil.istZielgruppe() || urteil.ausnahmeZulaessig()) {
            urteil = urteil.mitHinweis(Gruende.FREIGABE);
            if (!person.gesetzlicheLeistungen().isEmpty()) {
                urteil = urteil.mitHinweis(Gruende.SGB);
            }
        }
        return urteil;
    }

    private static List<Begruendung> ausschluesse(Personenangaben person) {
        List<Begruendung> gruende = new ArrayList<>();
        if (person.hat(Merkmal.IN_LANDESAUFNAHMEEINRICHTUNG)) {
            gruende.add(Gruende.LANDESAUFNAHME);
        }
        if (person.hat(Merkmal.GEFAEHRDER)) {
            gruende.add(Gruende.GEFAEHRDER);
        }
        if (person.hat(Merkmal.AUSREISEPFLICHTIG_MIT_SCHWEREN_STRAFTATEN)) {
            gruende.add(Gruende.STRAFTATEN);
        }
        if (person.hat(Merkmal.ABH_FREIGABE_VERWEIGERT)) {
            gruende.add(Gruende.FREIGABE_VERWEIGERT);
        }
        return gruende;
    }

    private static List<Begruendung> fehlendeDaten(Personenangaben person, LocalDate stichtag) {
        List<Begruendung> gruende = new ArrayList<>();
        if (person.geburtsdatum().isEmpty()) {
            gruende.add(Gruende.GEBURTSDATUM_FEHLT);
        } else if (person.geburtsdatum().get().isAfter(stichtag)) {
            gruende.add(Gruende.geburtsdatumNachStichtag(person.geburtsdatum().get(), stichtag));
        }
        if (person.aufenthaltsstatus().isEmpty()) {
            gruende.add(Gruende.STATUS_FEHLT);
        }
        return gruende;
    }

    private static Zielgruppenurteil nachStatus(Aufenthaltsstatus status, boolean alterPasst, Begruendung alter) {
        if (alterPasst && status == Aufenthaltsstatus.DULDUNG) {
            return Zielgruppenurteil.primaer(Gruende.DULDUNG, alter);
        }
        if (alterPasst && status == Aufenthaltsstatus.GESTATTUNG) {
            return Zielgruppenurteil.sekundaer(Gruende.GESTATTUNG, alter);
        }
        if (alterPasst && status == Aufenthaltsstatus.AUFENTHALTSTITEL) {
            return Zielgruppenurteil.nichtZielgruppeMitAusnahme(Gruende.AUFENTHALTSTITEL, alter);
        }
        List<Begruendung> gruende = new ArrayList<>();
        if (!alterPasst) {
            gruende.add(alter);
        }
        if (status != Aufenthaltsstatus.DULDUNG && status != Aufenthaltsstatus.GESTATTUNG) {
            gruende.add(Gruende.andererStatus(status.bezeichnung()));
        }
        return new Zielgruppenurteil(Einstufung.NICHT_ZIELGRUPPE, gruende, false, List.of());
    }
}
