package de.teilhabe.platform.gremium;

import de.teilhabe.platform.fehler.Geprueft;
import de.teilhabe.platform.fehler.Versionen;
import static de.teilhabe.platform.audit.Aenderungen.feld;

import de.teilhabe.platform.audit.Aenderungen;
import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * People who sit in Gremien. Their contact data is personal data: only KI-Koordination and Kreis-Admin read and
 * change it, and every read of a person is written to the audit log. As for participants, the log names the fields
 * changed, not name, e-mail, phone or account (ADR 0003); the memberships keep their values (ids, role, function,
 * organisation, dates: the Gremium's composition, not the person's data).
 */
@Singleton
@Geprueft
public class PersonenDienst {

    private static final String OBJEKT = "Person";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final KreisTransaktion transaktion;
    private final PersonRepository personen;
    private final AuditProtokoll audit;

    PersonenDienst(KreisTransaktion transaktion, PersonRepository personen, AuditProtokoll audit) {
        this.transaktion = transaktion;
        this.personen = personen;
        this.audit = audit;
    }

    /** All persons with contact data (logged as a read of personal data). */
    public List<Person> liste(Nutzer nutzer) {
        return transaktion.schreiben(nutzer.kreisMitRolle(GremienRechte.SCHREIBEN), () -> {
            List<Person> liste = personen.listOrderByName();
            audit.personen(nutzer.benutzername(), "GELESEN", OBJEKT, List.of(), Map.of("treffer", liste.size()));
            return liste;
        });
    }

    public Person anlegen(Nutzer nutzer, PersonDaten daten) {
        return transaktion.schreiben(nutzer.kreisMitRolle(GremienRechte.SCHREIBEN),
                () -> anlegen(nutzer.benutzername(), daten));
    }

    /** Inside the running Kreis transaction (also for demo data). */
    Person anlegen(String wer, PersonDaten daten) {
        Person neu = Person.neu(UUID.randomUUID(), daten);
        pruefen(neu);
        neu = personen.save(neu);
        audit.person(wer, "ANGELEGT", OBJEKT, neu.id(), unterschied(null, neu));
        return neu;
    }

    public Person aendern(Nutzer nutzer, UUID id, long version, PersonDaten daten) {
        return transaktion.schreiben(nutzer.kreisMitRolle(GremienRechte.SCHREIBEN), () -> {
            Person alt = personen.findById(id).orElseThrow(PersonenDienst::fehlt);
            Versionen.pruefen(alt.version(), version);
            Person neu = alt.mit(daten, version);
            pruefen(neu);
            Person gespeichert = Versionen.aktualisieren(() -> personen.update(neu));
            audit.person(nutzer.benutzername(), "GEAENDERT", OBJEKT, id, unterschied(alt, gespeichert));
            return gespeichert;
        });
    }

    private void pruefen(Person p) {
        List<Feldfehler> fehler = new ArrayList<>();
        if (p.name().length() > 120) {
            fehler.add(Feldfehler.von("name", "zu.lang", 120));
        }
        if (p.email() != null && (!EMAIL.matcher(p.email()).matches() || p.email().length() > 200)) {
            fehler.add(Feldfehler.von("email", "gremium.person.email.ungueltig"));
        }
        if (p.telefon() != null && p.telefon().length() > 50) {
            fehler.add(Feldfehler.von("telefon", "zu.lang", 50));
        }
        if (p.benutzername() != null && personen.findByBenutzername(p.benutzername())
                .filter(andere -> !andere.id().equals(p.id())).isPresent()) {
            fehler.add(Feldfehler.vergeben("benutzername", "gremium.person.konto.vergeben", p.benutzername()));
        }
        if (!fehler.isEmpty()) {
            throw FachlicherFehler.ungueltig(fehler);
        }
    }

    static FachlicherFehler fehlt() {
        return FachlicherFehler.nichtGefunden("gremium.person.nicht.gefunden");
    }

    private static List<String> unterschied(Person alt, Person neu) {
        return Aenderungen.felder(alt, neu,
                feld("name", Person::name),
                feld("email", Person::email),
                feld("telefon", Person::telefon),
                feld("benutzername", Person::benutzername));
    }
}
