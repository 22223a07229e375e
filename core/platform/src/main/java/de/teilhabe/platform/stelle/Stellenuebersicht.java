package de.teilhabe.platform.stelle;

import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Meldungen;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Posts entitled vs filled for one program at a reference date, for the Programmübersicht. The entitlement of
 * each formula is computed by its plugin from the newest inputs at or before the date; a formula without inputs
 * or whose computation fails still appears, with a note, so one problem never hides the rest.
 */
@Singleton
public class Stellenuebersicht {

    private final KreisTransaktion transaktion;
    private final Stellenberechnungen berechnungen;
    private final BerechnungRepository repository;
    private final Stellen stellen;
    private final Schluesselkatalog katalog;
    private final KommunenDienst kommunen;

    Stellenuebersicht(KreisTransaktion transaktion, Stellenberechnungen berechnungen, BerechnungRepository repository,
                      Stellen stellen, Schluesselkatalog katalog, KommunenDienst kommunen) {
        this.transaktion = transaktion;
        this.berechnungen = berechnungen;
        this.repository = repository;
        this.stellen = stellen;
        this.katalog = katalog;
        this.kommunen = kommunen;
    }

    /** The comparison at {@code stichtag} with German notes. */
    public Stellenstand stand(Nutzer nutzer, String programmId, LocalDate stichtag) {
        return stand(nutzer, programmId, stichtag, Locale.GERMAN);
    }

    /** The comparison at {@code stichtag} with notes in {@code sprache} (German or English). */
    public Stellenstand stand(Nutzer nutzer, String programmId, LocalDate stichtag, Locale sprache) {
        String kreis = nutzer.kreisMitRolle(Stellenrechte.LESEN);
        List<Schluessel> schluessel = katalog.schluessel(programmId);
        List<Kommune> liste = kommunen.liste(nutzer);
        List<Optional<Stellenberechnung>> geltend = new ArrayList<>();
        List<Stellenbesetzung> posten = transaktion.lesen(kreis, () -> {
            schluessel.forEach(s -> geltend.add(repository.geltend(programmId, s.id(), stichtag)));
            return stellen.alle(programmId);
        });
        List<Stellenvergleich.Anspruchslage> lagen = new ArrayList<>();
        for (int i = 0; i < schluessel.size(); i++) {
            Schluessel s = schluessel.get(i);
            Stellenberechnung b = geltend.get(i).orElse(null);
            if (b == null) {
                lagen.add(new Stellenvergleich.Anspruchslage(s, null, null,
                        Meldungen.text("stelle.hinweis.keine.eingaben", sprache, stichtag)));
                continue;
            }
            try {
                lagen.add(new Stellenvergleich.Anspruchslage(s, b.stichtag(), berechnungen.anspruch(nutzer, b.id()),
                        null));
            } catch (FachlicherFehler e) {
                lagen.add(new Stellenvergleich.Anspruchslage(s, b.stichtag(), null, e.text(sprache)
                        + e.feldfehler().stream().map(f -> " " + f.text(sprache)).reduce("", String::concat)));
            }
        }
        return Stellenvergleich.rechnen(programmId, stichtag, lagen, posten, liste);
    }

    /**
     * Report (f): how each of the program's distributing formulas shares its posts among the Kommunen at
     * {@code stichtag} — e.g. KIM Baustein 2, the case-management posts by the Kommunen's foreigners in the AZR —
     * computed by the plugin from the newest inputs at or before the date. Formulas without inputs by then, or
     * that distribute nothing, are left out.
     */
    public List<Verteilung> verteilungen(Nutzer nutzer, String programmId, LocalDate stichtag) {
        String kreis = nutzer.kreisMitRolle(Stellenrechte.LESEN);
        List<Verteilung> ergebnis = new ArrayList<>();
        for (Schluessel s : katalog.schluessel(programmId)) {
            Optional<Stellenberechnung> b = transaktion.lesen(kreis, () -> repository.geltend(programmId, s.id(),
                    stichtag));
            if (b.isPresent()) {
                Stellenanspruch a = berechnungen.anspruch(nutzer, b.get().id());
                if (!a.jeKommune().isEmpty()) {
                    ergebnis.add(new Verteilung(s, a));
                }
            }
        }
        return ergebnis;
    }

    /** A formula with its entitlement distributed to the Kommunen. */
    public record Verteilung(Schluessel schluessel, Stellenanspruch anspruch) {

        /** The German label of the per-Kommune input the shares are computed from, e.g. „… (AZR)“. */
        public String grundlage() {
            return schluessel.eingaben().stream().filter(Schluessel.Eingabe::jeKommune).map(Schluessel.Eingabe::bezeichnung)
                    .findFirst().orElse("Grundlage");
        }
    }
}
