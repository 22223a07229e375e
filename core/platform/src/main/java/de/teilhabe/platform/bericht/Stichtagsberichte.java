package de.teilhabe.platform.bericht;

import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.massnahme.MassnahmeZeile;
import de.teilhabe.platform.massnahme.Massnahmen;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Stichtag reports of a Kreis as the council papers print them (seed 000, RKN 31.03.2021): intake per Kommune
 * and status, assignments and drop-outs per Förderbaustein and provider. KI-Koordination, Kreis-Admin,
 * Case-Management and Gremium-Leserecht read them; a provider account may not. Committee readers get small counts
 * suppressed ({@link Schwelle}); everyone else gets exact numbers. The reports hold no personal data and are
 * not audited.
 */
@Singleton
public class Stichtagsberichte {

    static final Rolle[] LESEN = {Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN, Rolle.CASE_MANAGEMENT,
            Rolle.GREMIUM_LESERECHT};
    /** Intake: the status columns add up to the total (column 4), so do de-registered and active. */
    private static final List<int[]> AUFNAHME_GLEICHUNGEN = List.of(new int[] {0, 1, 2, 3, 4}, new int[] {5, 6, 4});
    /** Assignments: running, completed and dropped out add up to assigned (column 0). */
    private static final List<int[]> ZUWEISUNG_GLEICHUNGEN = List.of(new int[] {1, 2, 3, 0});

    private final KreisTransaktion transaktion;
    private final ProgrammDienst programme;
    private final AufnahmeBericht aufnahme;
    private final ZuweisungsBericht zuweisungen;
    private final Schwelle schwelle;
    private final MassnahmenBericht massnahmen;
    private final Massnahmen massnahmenTabelle;

    Stichtagsberichte(KreisTransaktion transaktion, ProgrammDienst programme, AufnahmeBericht aufnahme,
                      ZuweisungsBericht zuweisungen, Schwelle schwelle, MassnahmenBericht massnahmen,
                      Massnahmen massnahmenTabelle) {
        this.transaktion = transaktion;
        this.programme = programme;
        this.aufnahme = aufnahme;
        this.zuweisungen = zuweisungen;
        this.schwelle = schwelle;
        this.massnahmen = massnahmen;
        this.massnahmenTabelle = massnahmenTabelle;
    }

    /** Report (c): the Kreis's Maßnahmen as they stood on {@code stichtag}, in the order of the Maßnahmen table. */
    public Massnahmentabelle massnahmen(Nutzer nutzer, LocalDate stichtag) {
        String kreis = nutzer.kreisMitRolle(LESEN);
        if (stichtag == null) {
            throw FachlicherFehler.ungueltig("stichtag", "bericht.stichtag.fehlt");
        }
        Stichtagsgrenzen.pruefen(stichtag);
        List<MassnahmeZeile> tabelle = massnahmenTabelle.tabelle(nutzer);
        return new Massnahmentabelle(nutzer.kreisName(), stichtag,
                transaktion.lesen(kreis, () -> massnahmen.zeilen(tabelle, stichtag)));
    }

    /** Report (a): people taken into {@code programm} up to {@code stichtag} per Kommune, by status at intake. */
    public Aufnahmetabelle aufnahme(Nutzer nutzer, String programm, LocalDate stichtag) {
        String kreis = pruefen(nutzer, programm, stichtag);
        List<Aufnahmezeile> zeilen = transaktion.lesen(kreis, () -> aufnahme.zeilen(programm.strip(), stichtag));
        Aufnahmezeile summe = AufnahmeBericht.summe(zeilen);
        if (!nurGeschuetzt(nutzer)) {
            return new Aufnahmetabelle(nutzer.kreisName(), programm.strip(), stichtag, zeilen, summe);
        }
        List<Aufnahmezeile> alle = new ArrayList<>(zeilen);
        alle.add(summe);
        boolean[][] verborgen = schwelle.verbergen(alle.stream().map(Aufnahmezeile::werte).toArray(int[][]::new),
                AUFNAHME_GLEICHUNGEN);
        List<Aufnahmezeile> geschuetzt = new ArrayList<>();
        for (int i = 0; i < alle.size(); i++) {
            geschuetzt.add(Aufnahmezeile.aus(alle.get(i).kommune(),
                    Schwelle.anwenden(alle.get(i).werte(), verborgen[i])));
        }
        return new Aufnahmetabelle(nutzer.kreisName(), programm.strip(), stichtag,
                List.copyOf(geschuetzt.subList(0, zeilen.size())), geschuetzt.get(zeilen.size()));
    }

    /** Report (b) with the providers' full names. */
    public Zuweisungstabelle zuweisungen(Nutzer nutzer, String programm, LocalDate stichtag) {
        return zuweisungen(nutzer, programm, stichtag, Berichtsoptionen.STANDARD);
    }

    /** Report (b): the assignments counted for {@code programm} per Förderbaustein and provider at {@code stichtag}. */
    public Zuweisungstabelle zuweisungen(Nutzer nutzer, String programm, LocalDate stichtag,
                                         Berichtsoptionen optionen) {
        String kreis = pruefen(nutzer, programm, stichtag);
        String p = programm.strip();
        ZuweisungsBericht.Stand roh = transaktion.lesen(kreis, () -> zuweisungen.stand(p, stichtag,
                optionen.traegerKurzname()));
        Zuweisungszeile summe = ZuweisungsBericht.summe(roh.zeilen());
        if (!nurGeschuetzt(nutzer)) {
            return new Zuweisungstabelle(nutzer.kreisName(), p, stichtag, roh.zeilen(), summe, roh.personen());
        }
        List<Zuweisungszeile> alle = new ArrayList<>(roh.zeilen());
        alle.add(summe);
        boolean[][] verborgen = schwelle.verbergen(alle.stream().map(Zuweisungszeile::werte).toArray(int[][]::new),
                ZUWEISUNG_GLEICHUNGEN);
        List<Zuweisungszeile> geschuetzt = new ArrayList<>();
        for (int i = 0; i < alle.size(); i++) {
            geschuetzt.add(alle.get(i).mit(Schwelle.anwenden(alle.get(i).werte(), verborgen[i])));
        }
        return new Zuweisungstabelle(nutzer.kreisName(), p, stichtag,
                List.copyOf(geschuetzt.subList(0, roh.zeilen().size())), geschuetzt.get(roh.zeilen().size()),
                schwelle.klein(roh.personen()) ? null : roh.personen());
    }

    /** Committee readers without any other reading role see the protected tables. */
    static boolean nurGeschuetzt(Nutzer nutzer) {
        return nutzer.hat(Rolle.GREMIUM_LESERECHT) && !nutzer.hat(Rolle.KI_KOORDINATION)
                && !nutzer.hat(Rolle.KREIS_ADMIN) && !nutzer.hat(Rolle.CASE_MANAGEMENT);
    }

    /** Checks the reading right, the Stichtag (given, within {@link Stichtagsgrenzen}) and the program; the Kreis. */
    String pruefen(Nutzer nutzer, String programm, LocalDate stichtag) {
        nutzer.kreisMitRolle(LESEN);
        if (stichtag == null) {
            throw FachlicherFehler.ungueltig("stichtag", "bericht.stichtag.fehlt");
        }
        Stichtagsgrenzen.pruefen(stichtag);
        return pruefen(nutzer, programm);
    }

    /** Checks the reading right and that the program is enabled; the Kreis. */
    String pruefen(Nutzer nutzer, String programm) {
        String kreis = nutzer.kreisMitRolle(LESEN);
        if (programm == null || programm.isBlank()) {
            throw FachlicherFehler.ungueltig("programm", "bericht.programm.fehlt");
        }
        if (!programme.aktiveProgramme(nutzer).contains(programm.strip())) {
            throw FachlicherFehler.ungueltig("programm", "bericht.programm.nicht.aktiv", programm.strip());
        }
        return kreis;
    }
}
