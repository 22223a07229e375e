package de.teilhabe.platform.bericht;

import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.programm.Programmaufruf;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.plugin.api.bericht.Berichtsbeitrag;
import de.teilhabe.plugin.api.bericht.Berichtseingabe;
import de.teilhabe.plugin.api.bericht.Berichtstabelle;
import de.teilhabe.plugin.api.bericht.Zaehlwert;
import de.teilhabe.plugin.api.feld.Feldwerte;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The report parts a program plugin contributes ({@link Berichtsbeitrag}): the host computes the counts the part
 * asks for in the Kreis's schema, hands them over as aggregates only, and takes back a typed table. A plugin that
 * throws is shielded like every plugin call ({@link Programmaufruf}): the Kreis gets a clear error naming the
 * program, the other reports stay available.
 */
@Singleton
class Programmberichte {

    private final Programmaufruf aufruf;
    private final KreisTransaktion transaktion;
    private final Kennzahlabfrage kennzahlen;
    private final KommunenDienst kommunen;

    Programmberichte(Programmaufruf aufruf, KreisTransaktion transaktion, Kennzahlabfrage kennzahlen,
                     KommunenDienst kommunen) {
        this.aufruf = aufruf;
        this.transaktion = transaktion;
        this.kennzahlen = kennzahlen;
        this.kommunen = kommunen;
    }

    /** The program's contributions as (id, title), in the plugin's order. */
    List<Berichtsart> beitraege(String programm) {
        return aufruf.rufe(programm, Berichtsbeitrag.class, liste -> liste.stream()
                .map(b -> Berichtsart.beitrag(b.id(), b.titel())).toList());
    }

    /** Builds one contribution for the user's Kreis (rights checked by the caller). */
    Berichtstabelle erstelle(Nutzer nutzer, String kreis, String programm, String beitragId, LocalDate stichtag) {
        if (beitraege(programm).stream().noneMatch(a -> a.id().equals(beitragId))) {
            throw FachlicherFehler.nichtGefunden("bericht.art.unbekannt", beitragId, programm);
        }
        Set<String> benoetigt = aufruf.rufe(programm, Berichtsbeitrag.class, liste -> Set.copyOf(
                beitrag(liste, beitragId).benoetigteKennzahlen()));
        List<Zaehlwert> werte = transaktion.lesen(kreis, () -> kennzahlen.werte(programm, stichtag, benoetigt));
        Berichtseingabe eingabe = new Berichtseingabe(stichtag,
                kommunen.liste(nutzer).stream().map(Kommune::name).sorted(Berichtsart.DEUTSCH).toList(), werte,
                Feldwerte.KEINE);
        return aufruf.rufe(programm, Berichtsbeitrag.class, liste -> beitrag(liste, beitragId).erstelle(eingabe));
    }

    private static Berichtsbeitrag beitrag(List<Berichtsbeitrag> liste, String id) {
        return liste.stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
    }
}
