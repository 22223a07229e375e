package de.teilhabe.platform.benutzer;

import de.teilhabe.platform.fehler.Geprueft;
import de.teilhabe.platform.sicherheit.Benutzer;
import de.teilhabe.platform.sicherheit.Betreiberkonto;
import de.teilhabe.platform.sicherheit.BenutzerRepository;
import de.teilhabe.platform.sicherheit.Passwoerter;
import de.teilhabe.platform.sicherheit.Passwortregeln;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.audit.Aenderungen;
import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.Art;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Versionen;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.mandant.Mandant;
import de.teilhabe.platform.mandant.MandantRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The Kreis admin manages the accounts of the own Kreis. Accounts live in the platform schema; the
 * change and its audit entry in the Kreis's log are written in one transaction. A name is checked within the Kreis
 * only — another Kreis may have the same one, and nobody learns it — and against the operator's reserved names.
 */
@Singleton
@Geprueft
public class Benutzerverwaltung {

    private static final Pattern BENUTZERNAME = Pattern.compile("[a-z0-9._-]{3,60}");

    private final BenutzerRepository benutzer;
    private final MandantRepository mandanten;
    private final Passwoerter passwoerter;
    private final KreisTransaktion kreisTransaktion;
    private final AuditProtokoll audit;
    private final Betreiberkonto betreiberkonto;

    Benutzerverwaltung(BenutzerRepository benutzer, MandantRepository mandanten, Passwoerter passwoerter,
                       KreisTransaktion kreisTransaktion, AuditProtokoll audit, Betreiberkonto betreiberkonto) {
        this.benutzer = benutzer;
        this.mandanten = mandanten;
        this.passwoerter = passwoerter;
        this.kreisTransaktion = kreisTransaktion;
        this.audit = audit;
        this.betreiberkonto = betreiberkonto;
    }

    @Transactional
    public List<Konto> liste(Nutzer nutzer) {
        return benutzer.findByKreisIdOrderByBenutzername(kreisId(nutzer)).stream().map(Konto::von).toList();
    }

    @Transactional
    public Konto anlegen(Nutzer nutzer, BenutzerDaten daten) {
        UUID kreis = kreisId(nutzer);
        String name = daten.benutzername() == null ? "" : daten.benutzername().trim().toLowerCase(Locale.ROOT);
        pruefen(daten, name, true, nutzer.kreisName());
        if (benutzer.imKreis(kreis, name).isPresent() || betreiberkonto.reserviert(name)) {
            throw new FachlicherFehler(Art.KONFLIKT, "benutzername.vergeben",
                    List.of(Feldfehler.von("benutzername", "benutzername.vergeben", name)), name);
        }
        Benutzer neu = benutzer.save(Benutzer.neu(name, daten.anzeigename().trim(),
                passwoerter.hash(daten.passwort()), kreis, daten.rollen(), daten.aktiv()));
        protokollieren(nutzer, "ANGELEGT", null, neu);
        return Konto.von(neu);
    }

    @Transactional
    public Konto aendern(Nutzer nutzer, UUID id, long version, BenutzerDaten daten) {
        UUID kreis = kreisId(nutzer);
        Benutzer alt = benutzer.findById(id).filter(b -> kreis.equals(b.kreisId()))
                .orElseThrow(() -> FachlicherFehler.nichtGefunden("benutzer.nicht.gefunden"));
        Versionen.pruefen(alt.version(), version);
        boolean neuesPasswort = daten.passwort() != null && !daten.passwort().isEmpty();
        pruefen(daten, alt.benutzername(), neuesPasswort, nutzer.kreisName());
        if (id.equals(nutzer.id()) && (!daten.aktiv() || !daten.rollen().contains(Rolle.KREIS_ADMIN))) {
            throw FachlicherFehler.ungueltig("rollen", "benutzer.selbst.aussperren");
        }
        String[] rollen = daten.rollen().stream().map(Enum::name).sorted().toArray(String[]::new);
        Benutzer geaendert = new Benutzer(alt.id(), alt.benutzername(), daten.anzeigename().trim(),
                neuesPasswort ? passwoerter.hash(daten.passwort()) : alt.passwortHash(), alt.kreisId(), rollen,
                daten.aktiv(), alt.angelegtAm(), version);
        Benutzer neu = Versionen.aktualisieren(() -> benutzer.update(geaendert));
        protokollieren(nutzer, neuesPasswort ? "GEAENDERT_PASSWORT" : "GEAENDERT", alt, neu);
        return Konto.von(neu);
    }

    private void protokollieren(Nutzer nutzer, String aktion, Benutzer alt, Benutzer neu) {
        Map<String, Object> aenderung = Aenderungen.zwischen(alt == null ? null : Konto.von(alt), Konto.von(neu),
                Aenderungen.feld("benutzername", Konto::benutzername),
                Aenderungen.feld("anzeigename", Konto::anzeigename),
                Aenderungen.feld("rollen", k -> k.rollen().stream().map(Enum::name).sorted().toList()),
                Aenderungen.feld("aktiv", Konto::aktiv));
        kreisTransaktion.schreiben(nutzer.kreisSlug(),
                () -> audit.kreis(nutzer.benutzername(), aktion, "Benutzer", neu.id(), aenderung));
    }

    private static void pruefen(BenutzerDaten daten, String name, boolean passwortPflicht, String kreisName) {
        List<Feldfehler> fehler = new ArrayList<>();
        if (!BENUTZERNAME.matcher(name).matches()) {
            fehler.add(Feldfehler.von("benutzername", name.isEmpty() ? "pflichtfeld" : "benutzername.ungueltig"));
        }
        if (daten.rollen().contains(Rolle.BETREIBER)) {
            fehler.add(Feldfehler.von("rollen", "benutzer.rolle.betreiber"));
        }
        if (passwortPflicht) {
            Passwortregeln.verstoss(daten.passwort(), name, kreisName)
                    .ifPresent(code -> fehler.add(Feldfehler.von("passwort", code, Passwoerter.MINDESTLAENGE)));
        }
        if (!fehler.isEmpty()) {
            throw FachlicherFehler.ungueltig(fehler);
        }
    }

    private UUID kreisId(Nutzer nutzer) {
        String slug = nutzer.kreisMitRolle(Rolle.KREIS_ADMIN);
        return mandanten.findBySlug(slug).map(Mandant::id)
                .orElseThrow(() -> FachlicherFehler.nichtGefunden("kreis.nicht.gefunden", slug));
    }
}
