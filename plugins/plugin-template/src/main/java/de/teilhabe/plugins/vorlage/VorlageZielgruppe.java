package de.teilhabe.plugins.vorlage;

import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import de.teilhabe.plugin.api.zielgruppe.Begruendung;
import de.teilhabe.plugin.api.zielgruppe.Pruefanfrage;
import de.teilhabe.plugin.api.zielgruppe.Zielgruppenregel;
import de.teilhabe.plugin.api.zielgruppe.Zielgruppenurteil;
import org.pf4j.Extension;

import java.util.ArrayList;
import java.util.List;

/**
 * EXAMPLE rule: adults (18 and older) with Duldung are primary, everybody else is not target group.
 * Shows the pattern every rule follows: exclusions first, then missing data (never throw), then the
 * criteria, each outcome with reasons whose codes start with the plugin id.
 */
@Extension
public class VorlageZielgruppe implements Zielgruppenregel {

    @Override
    public String id() {
        return VorlagePlugin.ID + ".zielgruppe";
    }

    @Override
    public String bezeichnung() {
        return "Zielgruppe Vorlage-Programm";
    }

    @Override
    public Zielgruppenurteil pruefe(Pruefanfrage anfrage) {
        List<Begruendung> fehlend = new ArrayList<>();
        if (anfrage.person().alterAm(anfrage.stichtag()).isEmpty()) {
            fehlend.add(grund("daten.geburtsdatum", "Geburtsdatum fehlt oder liegt nach dem Stichtag."));
        }
        if (anfrage.person().aufenthaltsstatus().isEmpty()) {
            fehlend.add(grund("daten.status", "Aufenthaltsstatus fehlt."));
        }
        if (!fehlend.isEmpty()) {
            return Zielgruppenurteil.nichtEntscheidbar(fehlend);
        }
        int alter = anfrage.person().alterAm(anfrage.stichtag()).get();
        if (alter >= 18 && anfrage.person().hatStatus(Aufenthaltsstatus.DULDUNG)) {
            return Zielgruppenurteil.primaer(grund("passt", "Volljährig mit Duldung."));
        }
        return Zielgruppenurteil.nichtZielgruppe(grund("passt-nicht", "Nicht volljährig oder keine Duldung."));
    }

    private static Begruendung grund(String code, String text) {
        return new Begruendung(VorlagePlugin.ID + "." + code, text);
    }
}
