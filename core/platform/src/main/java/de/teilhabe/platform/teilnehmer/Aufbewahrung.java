package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.fehler.Geprueft;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Retention of participants' data: the Kreis's periods per record type, the check which records are past their
 * period on a day (dry run), and their anonymisation. The clock of a record starts when the case ended (the
 * de-registration; cases never ended are left alone), for consents at their withdrawal if that came first. While a
 * funded assignment's period runs, the person's master data are kept as well.
 */
@Singleton
@Geprueft
public class Aufbewahrung {

    static final String OBJEKT = "Aufbewahrung";
    private static final Rolle[] PRUEFEN = {Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN};

    private final KreisTransaktion transaktion;
    private final AufbewahrungTabellen tabellen;
    private final AuditProtokoll audit;

    Aufbewahrung(KreisTransaktion transaktion, AufbewahrungTabellen tabellen, AuditProtokoll audit) {
        this.transaktion = transaktion;
        this.tabellen = tabellen;
        this.audit = audit;
    }

    /** The Kreis's retention periods, one per record type. */
    public List<Aufbewahrungsregel> regeln(Nutzer nutzer) {
        return transaktion.lesen(nutzer.kreisMitRolle(PRUEFEN), tabellen::regeln);
    }

    /** Sets the period of one record type (Kreis-Admin); {@code version} is the rule's version last read. */
    public Aufbewahrungsregel aendern(Nutzer nutzer, Aufbewahrungstyp typ, long version, Frist frist) {
        String kreis = nutzer.kreisMitRolle(Rolle.KREIS_ADMIN);
        List<Feldfehler> fehler = new ArrayList<>();
        if (typ == null) {
            fehler.add(Feldfehler.von("typ", "pflichtfeld"));
        }
        int jahre = frist.jahre();
        if (jahre < 1 || jahre > 30) {
            fehler.add(Feldfehler.von("jahre", "aufbewahrung.jahre", 1, 30));
        }
        if (!fehler.isEmpty()) {
            throw FachlicherFehler.ungueltig(fehler);
        }
        return transaktion.schreiben(kreis, () -> {
            Aufbewahrungsregel alt = regel(tabellen.regeln(), typ);
            if (!tabellen.regelAendern(typ, version, jahre)) {
                throw FachlicherFehler.veraltet();
            }
            audit.kreis(nutzer.benutzername(), "GEAENDERT", "Aufbewahrungsregel", typ.name(),
                    Map.of("jahre", List.of(alt.jahre(), jahre)));
            return regel(tabellen.regeln(), typ);
        });
    }

    /** Dry run: the records that an anonymisation on {@code stichtag} (default: today) would change. */
    public Aufbewahrungsbericht pruefen(Nutzer nutzer, LocalDate stichtag) {
        String kreis = nutzer.kreisMitRolle(PRUEFEN);
        LocalDate tag = stichtag(stichtag);
        return transaktion.lesen(kreis, () -> bericht(tag, false, faellig(tag)));
    }

    /**
     * Anonymises every record past its period on {@code stichtag} (default: today; not in the future). Audited as
     * {@code ANONYMISIERT}: once with the counts, and per participant with the record types.
     */
    public Aufbewahrungsbericht anonymisieren(Nutzer nutzer, LocalDate stichtag) {
        String kreis = nutzer.kreisMitRolle(PRUEFEN);
        LocalDate tag = stichtag(stichtag);
        return transaktion.schreiben(kreis, () -> {
            List<Aufbewahrungsbericht.Faellig> faellig = faellig(tag);
            Map<UUID, Set<String>> jePerson = new LinkedHashMap<>();
            for (Aufbewahrungsbericht.Faellig f : faellig) {
                switch (f.typ()) {
                    case TEILNEHMER -> tabellen.teilnehmerAnonymisieren(f.id());
                    case EINWILLIGUNG -> tabellen.einwilligungAnonymisieren(f.id());
                    case ZUWEISUNG, ZUWEISUNG_GEFOERDERT -> tabellen.zuweisungAnonymisieren(f.id());
                }
                jePerson.computeIfAbsent(f.teilnehmerId(), k -> new LinkedHashSet<>()).add(f.typ().name());
            }
            Aufbewahrungsbericht bericht = bericht(tag, true, faellig);
            jePerson.forEach((id, typen) -> audit.person(nutzer.benutzername(), "ANONYMISIERT", TeilnehmerDienst.OBJEKT,
                    id, typen));
            Map<String, Object> zahlen = new LinkedHashMap<>();
            zahlen.put("stichtag", tag.toString());
            bericht.anzahl().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> zahlen.put(e.getKey().name(), e.getValue()));
            audit.kreis(nutzer.benutzername(), "ANONYMISIERT", OBJEKT, null, zahlen);
            return bericht;
        });
    }

    /**
     * In the running Kreis transaction: until when a retention duty keeps the participant's data from erasure —
     * the case is active (no date), or a funded assignment's period runs; empty if nothing stands in the way.
     */
    Pflicht pflicht(UUID teilnehmerId, LocalDate heute) {
        AufbewahrungTabellen.Fall fall = tabellen.fall(teilnehmerId)
                .orElseThrow(() -> FachlicherFehler.nichtGefunden("teilnehmer.nicht.gefunden"));
        if (fall.abgemeldetAm() == null) {
            return new Pflicht(true, "teilnehmer.loeschung.aktiv", null);
        }
        if (fall.gefoerdert()) {
            LocalDate bis = fall.abgemeldetAm().plusYears(jahre(tabellen.regeln(), Aufbewahrungstyp.ZUWEISUNG_GEFOERDERT));
            if (bis.isAfter(heute)) {
                return new Pflicht(true, "teilnehmer.loeschung.aufbewahrungspflicht", bis);
            }
        }
        return new Pflicht(false, null, null);
    }

    /** Whether a duty applies, its message code, and the day it ends (null while the case is active). */
    record Pflicht(boolean besteht, String code, LocalDate bis) {
    }

    private List<Aufbewahrungsbericht.Faellig> faellig(LocalDate tag) {
        List<Aufbewahrungsregel> regeln = tabellen.regeln();
        int teilnehmer = jahre(regeln, Aufbewahrungstyp.TEILNEHMER);
        int einwilligung = jahre(regeln, Aufbewahrungstyp.EINWILLIGUNG);
        int zuweisung = jahre(regeln, Aufbewahrungstyp.ZUWEISUNG);
        int gefoerdert = jahre(regeln, Aufbewahrungstyp.ZUWEISUNG_GEFOERDERT);
        List<Aufbewahrungsbericht.Faellig> faellig = new ArrayList<>();
        for (AufbewahrungTabellen.Fall f : tabellen.beendeteFaelle()) {
            LocalDate ab = f.abgemeldetAm().plusYears(f.gefoerdert() ? Math.max(teilnehmer, gefoerdert) : teilnehmer);
            if (!ab.isAfter(tag)) {
                faellig.add(new Aufbewahrungsbericht.Faellig(Aufbewahrungstyp.TEILNEHMER, f.id(), f.id(), ab));
            }
        }
        for (AufbewahrungTabellen.EinwilligungsFall e : tabellen.beendeteEinwilligungen()) {
            LocalDate beginn = e.widerrufenAm() == null ? e.abgemeldetAm()
                    : e.abgemeldetAm() == null || e.widerrufenAm().isBefore(e.abgemeldetAm()) ? e.widerrufenAm()
                    : e.abgemeldetAm();
            LocalDate ab = beginn.plusYears(einwilligung);
            if (!ab.isAfter(tag)) {
                faellig.add(new Aufbewahrungsbericht.Faellig(Aufbewahrungstyp.EINWILLIGUNG, e.id(), e.teilnehmerId(), ab));
            }
        }
        for (AufbewahrungTabellen.ZuweisungsFall z : tabellen.beendeteZuweisungen()) {
            Aufbewahrungstyp typ = z.gefoerdert() ? Aufbewahrungstyp.ZUWEISUNG_GEFOERDERT : Aufbewahrungstyp.ZUWEISUNG;
            LocalDate ab = z.abgemeldetAm().plusYears(z.gefoerdert() ? gefoerdert : zuweisung);
            if (!ab.isAfter(tag)) {
                faellig.add(new Aufbewahrungsbericht.Faellig(typ, z.id(), z.teilnehmerId(), ab));
            }
        }
        faellig.sort(Comparator.comparing(Aufbewahrungsbericht.Faellig::typ)
                .thenComparing(Aufbewahrungsbericht.Faellig::faelligAb));
        return faellig;
    }

    private static Aufbewahrungsbericht bericht(LocalDate tag, boolean ausgefuehrt,
                                                List<Aufbewahrungsbericht.Faellig> faellig) {
        Map<Aufbewahrungstyp, Integer> anzahl = new EnumMap<>(Aufbewahrungstyp.class);
        Arrays.stream(Aufbewahrungstyp.values()).forEach(t -> anzahl.put(t, 0));
        faellig.stream().collect(Collectors.groupingBy(Aufbewahrungsbericht.Faellig::typ, Collectors.counting()))
                .forEach((t, n) -> anzahl.put(t, n.intValue()));
        return new Aufbewahrungsbericht(tag, ausgefuehrt, anzahl, faellig);
    }

    private static LocalDate stichtag(LocalDate stichtag) {
        LocalDate heute = LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
        if (stichtag != null && stichtag.isAfter(heute)) {
            throw FachlicherFehler.ungueltig("stichtag", "aufbewahrung.stichtag.zukunft");
        }
        return stichtag == null ? heute : stichtag;
    }

    private static Aufbewahrungsregel regel(List<Aufbewahrungsregel> regeln, Aufbewahrungstyp typ) {
        return regeln.stream().filter(r -> r.typ() == typ).findFirst().orElseThrow();
    }

    private static int jahre(List<Aufbewahrungsregel> regeln, Aufbewahrungstyp typ) {
        return regel(regeln, typ).jahre();
    }
}
