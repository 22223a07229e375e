package de.teilhabe.plugins.durchstarten.zielgruppe;

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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Target group of the Förderbausteine – the same as the Landesinitiative's (seed 000: „Die Initiativen
 * richten sich an …“): 18 to 27 inclusive, Duldung primary, Gestattung secondary; excluded: people in a
 * Landesaufnahmeeinrichtung, Gefährder, ausreisepflichtige with serious offences, and whoever the ABH refused the
 * clearance (it found one of these). Aufenthaltstitel: not target
 * group, documented exception allowed (RKN took in two, seed 000). Missing data → not decidable.
 */
@Extension
public class DurchstartenZielgruppe implements Zielgruppenregel {

    public static final String ID = "durchstarten.zielgruppe";
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Map<Merkmal, String> AUSSCHLUESSE = Map.of(
            Merkmal.IN_LANDESAUFNAHMEEINRICHTUNG, "landesaufnahmeeinrichtung",
            Merkmal.GEFAEHRDER, "gefaehrder",
            Merkmal.AUSREISEPFLICHTIG_MIT_SCHWEREN_STRAFTATEN, "straftaten",
            Merkmal.ABH_FREIGABE_VERWEIGERT, "freigabe-verweigert");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String bezeichnung() {
        return "Zielgruppe Förderbausteine 1–5";
    }

    @Override
    public Zielgruppenurteil pruefe(Pruefanfrage anfrage) {
        Personenangaben p = anfrage.person();
        List<Begruendung> ausschluss = new ArrayList<>();
        for (Merkmal m : List.of(Merkmal.IN_LANDESAUFNAHMEEINRICHTUNG, Merkmal.GEFAEHRDER,
                Merkmal.AUSREISEPFLICHTIG_MIT_SCHWEREN_STRAFTATEN, Merkmal.ABH_FREIGABE_VERWEIGERT)) {
            if (p.hat(m)) {
                ausschluss.add(grund("ausschluss." + AUSSCHLUESSE.get(m), "Ausgeschlossen: " + m.bezeichnung() + "."));
            }
        }
        if (!ausschluss.isEmpty()) {
            return new Zielgruppenurteil(Einstufung.NICHT_ZIELGRUPPE, ausschluss, false, List.of());
        }
        LocalDate stichtag = anfrage.stichtag();
        List<Begruendung> fehlend = new ArrayList<>();
        if (p.alterAm(stichtag).isEmpty()) {
            fehlend.add(grund("daten.geburtsdatum", "Geburtsdatum fehlt oder liegt nach dem Stichtag "
                    + DATUM.format(stichtag) + "."));
        }
        if (p.aufenthaltsstatus().isEmpty()) {
            fehlend.add(grund("daten.status", "Aufenthaltsstatus fehlt."));
        }
        if (!fehlend.isEmpty()) {
            return Zielgruppenurteil.nichtEntscheidbar(fehlend);
        }
        return nachAlterUndStatus(p.alterAm(stichtag).get(), p.aufenthaltsstatus().get(), stichtag);
    }

    private static Zielgruppenurteil nachAlterUndStatus(int alter, Aufenthaltsstatus status, LocalDate stichtag) {
        boolean passt = alter >= 18 && alter <= 27;
        Begruendung a = grund(passt ? "alter.passt" : "alter.ausserhalb", "Am " + DATUM.format(stichtag) + " " + alter
                + " Jahre alt (Zielgruppe: 18 bis einschließlich 27 Jahre).");
        if (passt && status == Aufenthaltsstatus.DULDUNG) {
            return Zielgruppenurteil.primaer(grund("status.duldung", "Duldung: primäre Zielgruppe."), a);
        }
        if (passt && status == Aufenthaltsstatus.GESTATTUNG) {
            return Zielgruppenurteil.sekundaer(grund("status.gestattung", "Aufenthaltsgestattung: sekundäre Zielgruppe."), a);
        }
        if (passt && status == Aufenthaltsstatus.AUFENTHALTSTITEL) {
            return Zielgruppenurteil.nichtZielgruppeMitAusnahme(grund("status.aufenthaltstitel",
                    "Aufenthaltstitel: nicht Zielgruppe; Zuweisung nur als dokumentierte Ausnahme mit Begründung."), a);
        }
        List<Begruendung> gruende = new ArrayList<>();
        if (!passt) {
            gruende.add(a);
        }
        if (status != Aufenthaltsstatus.DULDUNG && status != Aufenthaltsstatus.GESTATTUNG) {
            gruende.add(grund("status.anderer", status.bezeichnung() + ": nicht Zielgruppe (Duldung oder Gestattung nötig)."));
        }
        return new Zielgruppenurteil(Einstufung.NICHT_ZIELGRUPPE, gruende, false, List.of());
    }

    private static Begruendung grund(String code, String text) {
        return new Begruendung("durchstarten." + code, text);
    }
}
