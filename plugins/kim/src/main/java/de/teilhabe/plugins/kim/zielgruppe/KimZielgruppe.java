package de.teilhabe.plugins.kim.zielgruppe;

import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import de.teilhabe.plugin.api.zielgruppe.Begruendung;
import de.teilhabe.plugin.api.zielgruppe.Einstufung;
import de.teilhabe.plugin.api.zielgruppe.Merkmal;
import de.teilhabe.plugin.api.zielgruppe.Personenangaben;
import de.teilhabe.plugin.api.zielgruppe.Pruefanfrage;
import de.teilhabe.plugin.api.zielgruppe.Zielgruppenregel;
import de.teilhabe.plugin.api.zielgruppe.Zielgruppenurteil;
import de.teilhabe.plugins.kim.KimPlugin;
import org.pf4j.Extension;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * KIM target group in Stufen (seed 004, 3.4), with the demarcations of 2.2:
 * <ol>
 *   <li>German citizens are not target group (Einbürgerung reached). Missing status or birth date → not
 *       decidable.</li>
 *   <li>No double funding: while the Landesinitiative runs (Kreis setting {@code landesinitiative.ende} empty
 *       or not yet passed) tolerated/permitted 18–27-year-olds and anyone flagged as served by it are excluded
 *       (Stufe 2 admits the former after the end); people served by the JMD are excluded with an exception
 *       possible for areas the JMD cannot cover; people served by the MBE are excluded.</li>
 *   <li>Stufe 1a (primary): refugees / new immigrants aged 18–35, and children of such persons.
 *       Stufe 2 (primary): tolerated/permitted 18–27-year-olds after the Landesinitiative ended.</li>
 *   <li>Everybody else with a foreign status: secondary (Stufe 1b – by local need up to the Kommune's share).</li>
 *   <li>Subsidiarity: statutory benefits (SGB II/III/VIII/XII) come first – a primary verdict becomes
 *       secondary, with the reason.</li>
 * </ol>
 */
@Extension
public class KimZielgruppe implements Zielgruppenregel {

    public static final String ID = "kim.zielgruppe";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String bezeichnung() {
        return "Zielgruppe KIM-Case-Management (Stufen 1–3)";
    }

    @Override
    public Zielgruppenurteil pruefe(Pruefanfrage anfrage) {
        Personenangaben p = anfrage.person();
        LocalDate stichtag = anfrage.stichtag();
        if (p.hatStatus(Aufenthaltsstatus.DEUTSCH)) {
            return Zielgruppenurteil.nichtZielgruppe(KimGruende.DEUTSCH);
        }
        List<Begruendung> fehlend = new ArrayList<>();
        if (p.geburtsdatum().isEmpty()) {
            fehlend.add(KimGruende.GEBURTSDATUM_FEHLT);
        } else if (p.geburtsdatum().get().isAfter(stichtag)) {
            fehlend.add(KimGruende.geburtsdatumNachStichtag(p.geburtsdatum().get(), stichtag));
        }
        if (p.aufenthaltsstatus().isEmpty()) {
            fehlend.add(KimGruende.STATUS_FEHLT);
        }
        if (!fehlend.isEmpty()) {
            return Zielgruppenurteil.nichtEntscheidbar(fehlend);
        }
        int alter = p.alterAm(stichtag).orElseThrow();
        Optional<LocalDate> ende = anfrage.einstellungen().datum(KimPlugin.EINSTELLUNG_LANDESINITIATIVE_ENDE)
                .filter(e -> e.isBefore(stichtag));
        boolean landesinitiativGruppe = alter >= 18 && alter <= 27
                && (p.hatStatus(Aufenthaltsstatus.DULDUNG) || p.hatStatus(Aufenthaltsstatus.GESTATTUNG));
        Zielgruppenurteil urteil = doppelfoerderung(p, landesinitiativGruppe, ende.isPresent())
                .orElseGet(() -> stufe(p, alter, landesinitiativGruppe, ende));
        return subsidiaer(p, urteil);
    }

    private static Optional<Zielgruppenurteil> doppelfoerderung(Personenangaben p, boolean landesinitiativGruppe,
                                                                boolean landesinitiativeBeendet) {
        List<Begruendung> gruende = new ArrayList<>();
        boolean landesinitiative = !landesinitiativeBeendet
                && (landesinitiativGruppe || p.hat(Merkmal.BETREUT_LANDESINITIATIVE));
        if (landesinitiative) {
            gruende.add(KimGruende.LANDESINITIATIVE);
        }
        if (p.hat(Merkmal.BETREUT_JMD)) {
            gruende.add(KimGruende.JMD);
        }
        if (p.hat(Merkmal.BETREUT_MBE)) {
            gruende.add(KimGruende.MBE);
        }
        if (gruende.isEmpty()) {
            return Optional.empty();
        }
        boolean nurJmd = gruende.size() == 1 && p.hat(Merkmal.BETREUT_JMD);
        return Optional.of(new Zielgruppenurteil(Einstufung.NICHT_ZIELGRUPPE, gruende, nurJmd, List.of()));
    }

    private static Zielgruppenurteil stufe(Personenangaben p, int alter, boolean landesinitiativGruppe,
                                           Optional<LocalDate> ende) {
        if (landesinitiativGruppe && ende.isPresent()) {
            return Zielgruppenurteil.primaer(KimGruende.stufe2(ende.get()), KimGruende.STUFE_1A)
                    .mitHinweis(KimGruende.BEDARFSPRUEFUNG);
        }
        if (alter >= 18 && alter <= 35) {
            return Zielgruppenurteil.primaer(KimGruende.STUFE_1A).mitHinweis(KimGruende.BEDARFSPRUEFUNG);
        }
        if (alter < 18 && p.hat(Merkmal.KIND_EINER_ZIELPERSON)) {
            return Zielgruppenurteil.primaer(KimGruende.STUFE_1A_KIND).mitHinweis(KimGruende.BEDARFSPRUEFUNG);
        }
        return Zielgruppenurteil.sekundaer(KimGruende.STUFE_1B).mitHinweis(KimGruende.BEDARFSPRUEFUNG);
    }

    private static Zielgruppenurteil subsidiaer(Personenangaben p, Zielgruppenurteil urteil) {
        if (p.gesetzlicheLeistungen().isEmpty() || !urteil.istZielgruppe()) {
            return urteil;
        }
        return urteil.umgestuft(Einstufung.SEKUNDAER, KimGruende.subsidiaer(p.gesetzlicheLeistungen()));
    }
}
