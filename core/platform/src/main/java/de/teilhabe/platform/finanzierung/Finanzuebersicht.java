package de.teilhabe.platform.finanzierung;

import de.teilhabe.platform.baustein.Bausteine;
import de.teilhabe.platform.baustein.Programmkatalog;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Meldungen;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.plugin.api.baustein.Foerderbaustein;
import de.teilhabe.plugin.api.baustein.Foerderquote;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The funding summary of one program for the Programmübersicht: totals and bars (granted / forwarded / own
 * share), per Baustein and per year, and the warnings. The minimum own share comes from the program plugin's
 * catalog ({@link Foerderquote#eigenanteilMindestensProzent()}); if the plugin cannot be asked, the summary is
 * still shown, without that check and with a warning saying so.
 */
@Singleton
public class Finanzuebersicht {

    private final KreisTransaktion transaktion;
    private final Zuwendungsbescheide bescheide;
    private final Eigenanteile eigenanteile;
    private final Weiterleitungen weiterleitungen;
    private final Bausteine bausteine;
    private final Programmkatalog katalog;

    Finanzuebersicht(KreisTransaktion transaktion, Zuwendungsbescheide bescheide, Eigenanteile eigenanteile,
                     Weiterleitungen weiterleitungen, Bausteine bausteine, Programmkatalog katalog) {
        this.transaktion = transaktion;
        this.bescheide = bescheide;
        this.eigenanteile = eigenanteile;
        this.weiterleitungen = weiterleitungen;
        this.bausteine = bausteine;
        this.katalog = katalog;
    }

    /** The summary with German warning texts. */
    public Finanzstand stand(Nutzer nutzer, String programmId) {
        return stand(nutzer, programmId, Locale.GERMAN);
    }

    /** The summary with warning texts in {@code sprache} (German or English). */
    public Finanzstand stand(Nutzer nutzer, String programmId, Locale sprache) {
        return stand(nutzer, programmId, null, sprache);
    }

    /**
     * The summary as it stood on {@code stichtag} (report (e) of the council papers; {@code null}: everything
     * recorded): Bescheide issued by then, own shares up to the Stichtag's year, forwarding contracts begun by then.
     */
    public Finanzstand stand(Nutzer nutzer, String programmId, LocalDate stichtag, Locale sprache) {
        String kreis = nutzer.kreisMitRolle(Finanzrechte.LESEN);
        var liste = bausteine.liste(nutzer, programmId);
        Finanzrechnung.Daten alle = transaktion.lesen(kreis, () -> new Finanzrechnung.Daten(
                bescheide.alle(programmId), eigenanteile.alle(programmId), weiterleitungen.alle(programmId)));
        Finanzrechnung.Daten daten = stichtag == null ? alle : alle.bis(stichtag);
        Map<Integer, BigDecimal> mindest = new HashMap<>();
        FachlicherFehler katalogFehler = null;
        try {
            for (Foerderbaustein f : katalog.bausteine(programmId)) {
                f.foerderquote().ifPresent(q -> mindest.put(f.nummer(), q.eigenanteilMindestensProzent()));
            }
        } catch (FachlicherFehler e) {
            katalogFehler = e;
        }
        Finanzstand stand = Finanzrechnung.rechnen(programmId, liste, daten, mindest, sprache);
        return katalogFehler == null ? stand : stand.mit(new Finanzstand.Warnung("finanzierung.warnung.katalog", null,
                null, Meldungen.text("finanzierung.warnung.katalog", sprache, katalogFehler.text(sprache))));
    }
}
