package de.teilhabe.platform.traeger;

import de.teilhabe.platform.fehler.Geprueft;
import de.teilhabe.platform.audit.Aenderungen;
import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Versionen;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The directory of providers (Maßnahmeträger) of a Kreis. */
@Singleton
@Geprueft
public class TraegerVerzeichnis {

    private final KreisTransaktion transaktion;
    private final TraegerRepository traeger;
    private final KontaktRepository kontakte;
    private final KommunenDienst kommunen;
    private final AuditProtokoll audit;
    private final TraegerKonten konten;

    TraegerVerzeichnis(KreisTransaktion transaktion, TraegerRepository traeger, KontaktRepository kontakte,
                       KommunenDienst kommunen, AuditProtokoll audit, TraegerKonten konten) {
        this.transaktion = transaktion;
        this.traeger = traeger;
        this.kontakte = kontakte;
        this.kommunen = kommunen;
        this.audit = audit;
        this.konten = konten;
    }

    public List<Massnahmetraeger> liste(Nutzer nutzer) {
        return transaktion.lesen(nutzer.kreis(), traeger::listOrderByName);
    }

    /**
     * One provider. Least privilege: an account whose only role is Maßnahmeträger sees the contact people (staff's
     * names, phones and e-mail addresses) of its own provider only; of the others their master data and Kommunen.
     */
    public Traeger lesen(Nutzer nutzer, UUID id) {
        Traeger gelesen = transaktion.lesen(nutzer.kreis(), () -> laden(id));
        if (konten.nurTraeger(nutzer).filter(eigener -> !eigener.equals(id)).isPresent()) {
            return new Traeger(gelesen.stamm(), List.of(), gelesen.kommunen());
        }
        return gelesen;
    }

    public Traeger anlegen(Nutzer nutzer, TraegerDaten daten) {
        String kreis = nutzer.kreisMitRolle(Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN);
        UUID id = UUID.randomUUID();
        pruefen(nutzer, daten, Set.of());
        return transaktion.schreiben(kreis, () -> {
            eindeutig(id, daten);
            traeger.save(new Massnahmetraeger(id, daten.name().trim(), leer(daten.kurzname()),
                    leer(daten.rechtsform()), leer(daten.notizen()), 0L));
            zuordnungenSchreiben(id, daten);
            Traeger neu = laden(id);
            audit.kreis(nutzer.benutzername(), "ANGELEGT", "Massnahmetraeger", id, unterschied(null, neu));
            return neu;
        });
    }

    public Traeger aendern(Nutzer nutzer, UUID id, long version, TraegerDaten daten) {
        String kreis = nutzer.kreisMitRolle(Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN);
        return transaktion.schreiben(kreis, () -> {
            Traeger alt = laden(id);
            Versionen.pruefen(alt.version(), version);
            pruefen(nutzer, daten, alt.kontakte().stream().map(KontaktAnsicht::id).collect(Collectors.toSet()));
            eindeutig(id, daten);
            Massnahmetraeger geaendert = new Massnahmetraeger(id, daten.name().trim(), leer(daten.kurzname()),
                    leer(daten.rechtsform()), leer(daten.notizen()), version);
            Versionen.aktualisieren(() -> traeger.update(geaendert));
            zuordnungenSchreiben(id, daten);
            Traeger neu = laden(id);
            audit.kreis(nutzer.benutzername(), "GEAENDERT", "Massnahmetraeger", id, unterschied(alt, neu));
            return neu;
        });
    }

    private Traeger laden(UUID id) {
        Massnahmetraeger stamm = traeger.findById(id)
                .orElseThrow(() -> FachlicherFehler.nichtGefunden("traeger.nicht.gefunden"));
        return new Traeger(TraegerAnsicht.von(stamm),
                kontakte.findByTraegerIdOrderByName(id).stream().map(KontaktAnsicht::von).toList(),
                new HashSet<>(traeger.kommunen(id)));
    }

    private void zuordnungenSchreiben(UUID id, TraegerDaten daten) {
        kontakte.deleteByTraegerId(id);
        daten.kontakteOderLeer().forEach(k -> kontakte.save(new Kontakt(UUID.randomUUID(), id, k.name().trim(),
                leer(k.funktion()), leer(k.telefon()), leer(k.email()))));
        traeger.kommunenLoeschen(id);
        daten.kommunenOderLeer().forEach(k -> traeger.kommuneHinzufuegen(id, k));
    }

    /** {@code bekannt}: the ids of the provider's contacts; a contact sent with another id refers to nothing. */
    private void pruefen(Nutzer nutzer, TraegerDaten daten, Set<UUID> bekannt) {
        List<Feldfehler> fehler = new ArrayList<>();
        List<KontaktDaten> liste = daten.kontakteOderLeer();
        for (int i = 0; i < liste.size(); i++) {
            if (liste.get(i).id() != null && !bekannt.contains(liste.get(i).id())) {
                fehler.add(Feldfehler.verweis("kontakte[" + i + "].id", "traeger.kontakt.unbekannt"));
            }
        }
        Set<UUID> eigene = kommunen.liste(nutzer).stream().map(Kommune::id).collect(Collectors.toSet());
        if (!eigene.containsAll(daten.kommunenOderLeer())) {
            fehler.add(Feldfehler.verweis("kommunen", "kommune.fremd"));
        }
        if (!fehler.isEmpty()) {
            throw FachlicherFehler.ungueltig(fehler);
        }
    }

    /**
     * Name and short name are each unique in the Kreis, ignoring case (the reports and the import name a provider by
     * its short name): a provider that has them already is a conflict on the field. Runs in the writing transaction;
     * the unique indexes refuse what a concurrent request slips in.
     */
    private void eindeutig(UUID id, TraegerDaten daten) {
        String name = daten.name().trim();
        if (traeger.nameVergeben(name, id)) {
            throw FachlicherFehler.konfliktBei("name", "traeger.name.vergeben", name);
        }
        String kurzname = leer(daten.kurzname());
        if (kurzname != null) {
            traeger.mitKurzname(kurzname, id).ifPresent(anderer -> {
                throw FachlicherFehler.konfliktBei("kurzname", "traeger.kurzname.vergeben", kurzname, anderer.name());
            });
        }
    }

    private static String leer(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static Map<String, Object> unterschied(Traeger alt, Traeger neu) {
        return Aenderungen.zwischen(alt, neu,
                Aenderungen.feld("name", t -> t.stamm().name()),
                Aenderungen.feld("kurzname", t -> t.stamm().kurzname()),
                Aenderungen.feld("rechtsform", t -> t.stamm().rechtsform()),
                Aenderungen.feld("kontakte", t -> t.kontakte().stream().map(KontaktAnsicht::name).sorted().toList()),
                Aenderungen.feld("kommunen", t -> t.kommunen().stream().map(UUID::toString).sorted().toList()));
    }
}
