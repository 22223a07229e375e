package de.teilhabe.platform.teilnehmer;

import static de.teilhabe.platform.finanzierung.Programmumgebung.DURCHSTARTEN;
import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;

import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.finanzierung.BescheidDaten;
import de.teilhabe.platform.finanzierung.Finanzierungsart;
import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.finanzierung.Zuwendungsbescheide;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.massnahme.MassnahmeDaten;
import de.teilhabe.platform.massnahme.Massnahmen;
import de.teilhabe.platform.massnahme.Status;
import de.teilhabe.platform.massnahme.Statuswechsel;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.traeger.Traeger;
import de.teilhabe.platform.traeger.TraegerDaten;
import de.teilhabe.platform.traeger.TraegerVerzeichnis;
import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import io.micronaut.context.ApplicationContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * For the data-protection tests: a fresh Kreis with RKN's Kommunen, "Gemeinsam klappt's" and "Durchstarten",
 * and cases in it — taken in on 31.03.2021, assigned to a Maßnahme of FB 1 (with or without a
 * Zuwendungsbescheid covering the Baustein), de-registered on a given day or still active.
 */
final class Datenschutzfaelle {

    static final LocalDate AUFNAHME = LocalDate.of(2021, 3, 31);

    final ApplicationContext ctx;
    final TeilnehmerDienst dienst;
    final Teilnahmen teilnahmen;
    final Zuweisungen zuweisungen;
    final TeilnehmerAufnahme aufnahmedienst;
    final Nutzer admin;
    final Nutzer ki;
    final Nutzer cm;
    final UUID neuss;
    private final Baustein fb1;
    private final UUID traeger;
    private UUID massnahme;
    private UUID gefoerderteMassnahme;

    Datenschutzfaelle(ApplicationContext ctx, String stamm) {
        this.ctx = ctx;
        this.dienst = ctx.getBean(TeilnehmerDienst.class);
        this.teilnahmen = ctx.getBean(Teilnahmen.class);
        this.zuweisungen = ctx.getBean(Zuweisungen.class);
        this.aufnahmedienst = ctx.getBean(TeilnehmerAufnahme.class);
        this.admin = Programmumgebung.kreisMit(ctx, stamm, GEMEINSAM_KLAPPTS, DURCHSTARTEN);
        this.ki = mitRolle(Rolle.KI_KOORDINATION);
        this.cm = mitRolle(Rolle.CASE_MANAGEMENT);
        this.neuss = ctx.getBean(KommunenDienst.class).liste(admin).stream().filter(k -> k.name().equals("Neuss"))
                .findFirst().map(Kommune::id).orElseThrow();
        this.fb1 = Programmumgebung.baustein(ctx, admin, DURCHSTARTEN, 1, LocalDate.of(2020, 5, 1),
                LocalDate.of(2021, 12, 31));
        this.traeger = ctx.getBean(TraegerVerzeichnis.class).anlegen(admin, new TraegerDaten("Caritas Sozialdienste",
                "Caritas", null, null, List.of(), Set.of(neuss))).id();
    }

    Nutzer mitRolle(Rolle rolle) {
        return new Nutzer(UUID.randomUUID(), "test." + rolle.name().toLowerCase(Locale.ROOT), rolle.name(),
                admin.kreisSlug(), admin.kreisName(), Set.of(rolle));
    }

    /** A Duldung, 24 at intake, with a residence note, a case manager and the consent for the GIB database. */
    UUID aufnehmen(String vorname, String nachname, LocalDate geburt) {
        return aufnahmedienst.aufnehmen(cm, new AufnahmeAntrag(new TeilnehmerDaten(vorname, nachname, geburt, neuss,
                "B1", "cm.mueller"), new AufenthaltDaten(Aufenthaltsstatus.DULDUNG, AUFNAHME.minusMonths(6),
                "Duldung wegen Passlosigkeit, Termin bei Frau Berg"), GEMEINSAM_KLAPPTS, AUFNAHME, null, null,
                Freigabe.ANGEFRAGT, AUFNAHME, List.of(Einwilligungszweck.GIB_DATENBANK))).teilnehmer().id();
    }

    /** With a residence permit: only as a documented exception, with reason and approver. */
    UUID aufnehmenMitAusnahme(String vorname, String nachname, LocalDate geburt) {
        return aufnahmedienst.aufnehmen(cm, new AufnahmeAntrag(new TeilnehmerDaten(vorname, nachname, geburt, neuss, null, "cm.mueller"), new AufenthaltDaten(Aufenthaltsstatus.AUFENTHALTSTITEL, AUFNAHME.minusMonths(6),
                null), GEMEINSAM_KLAPPTS, AUFNAHME, "lange Vorbetreuung durch Frau Schmidt", "Leitung KI Meier",
                null, null, List.of(Einwilligungszweck.KLIENTENDATEI))).teilnehmer().id();
    }

    /** Assigns from 01.05.2021 and ends by Abbruch on 01.07.2021. */
    void zuweisenMitAbbruch(UUID id, boolean gefoerdert) {
        UUID m = gefoerdert ? gefoerderteMassnahme() : massnahme();
        Zuweisung z = zuweisungen.zuweisen(cm, id, new ZuweisungDaten(m, LocalDate.of(2021, 5, 1))).zuweisungen().stream()
                .filter(x -> x.massnahmeId().equals(m)).findFirst().orElseThrow();
        zuweisungen.beenden(cm, z.id(), z.version(), new Zuweisungsende(Zuweisungsergebnis.ABBRUCH,
                LocalDate.of(2021, 7, 1), "Umzug zur Schwester nach Köln"));
    }

    void abmelden(UUID id, LocalDate am) {
        Teilnehmer t = dienst.akte(cm, id).teilnehmer();
        teilnahmen.abmeldenPerson(cm, id, t.version(), new Abmeldung(am, "nicht mehr erreichbar, laut Nachbarin verzogen", null, null));
    }

    private UUID massnahme() {
        if (massnahme == null) {
            massnahme = neueMassnahme(fb1, "Coaching Neuss");
        }
        return massnahme;
    }

    /** A Maßnahme of FB 2, whose Baustein is covered by a Zuwendungsbescheid. */
    private UUID gefoerderteMassnahme() {
        if (gefoerderteMassnahme == null) {
            Baustein fb2 = Programmumgebung.baustein(ctx, admin, DURCHSTARTEN, 2, LocalDate.of(2020, 5, 1),
                    LocalDate.of(2021, 12, 31));
            ctx.getBean(Zuwendungsbescheide.class).anlegen(admin, new BescheidDaten(DURCHSTARTEN,
                    Finanzierungsart.BESCHEID, LocalDate.of(2020, 10, 2), "AZ 48.01-2020", LocalDate.of(2020, 10, 2),
                    LocalDate.of(2021, 12, 31), new BigDecimal("50000.00"), List.of(fb2.id()), List.of(), null));
            gefoerderteMassnahme = neueMassnahme(fb2, "Sprachcoaching Neuss");
        }
        return gefoerderteMassnahme;
    }

    private UUID neueMassnahme(Baustein b, String titel) {
        return ctx.getBean(Massnahmen.class).anlegen(admin, new MassnahmeDaten(b.id(), traeger, List.of(neuss), titel,
                LocalDate.of(2021, 4, 1), null, 12, null), new Statuswechsel(Status.LAUFEND, LocalDate.of(2021, 4, 1),
                null)).massnahme().id();
    }
}
