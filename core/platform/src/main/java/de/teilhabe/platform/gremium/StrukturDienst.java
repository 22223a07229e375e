package de.teilhabe.platform.gremium;

import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The structure view's data: a program's Gremien as a tree with their members on a day. Two statements
 * (Gremien; members with names and empty seats), whatever the size; the tree is built in memory.
 */
@Singleton
public class StrukturDienst {

    private static final Comparator<Mitglied> MITGLIEDER = Comparator.comparing(Mitglied::rolle)
            .thenComparing(Mitglied::organisation).thenComparing(Mitglied::bezeichnung);
    private static final Comparator<Gremium> GREMIEN = Comparator
            .comparing((Gremium g) -> g.ebene() == null ? Ebene.values().length : g.ebene().ordinal())
            .thenComparing(Gremium::name);

    private final KreisTransaktion transaktion;
    private final GremiumRepository gremien;
    private final MitgliederAbfrage mitglieder;

    StrukturDienst(KreisTransaktion transaktion, GremiumRepository gremien, MitgliederAbfrage mitglieder) {
        this.transaktion = transaktion;
        this.gremien = gremien;
        this.mitglieder = mitglieder;
    }

    /**
     * @param programm  program id such as {@code kim}; empty: all Gremien of the Kreis
     * @param stichtag  the day looked at; today if empty. Gremien dissolved before it are left out.
     */
    public Struktur struktur(Nutzer nutzer, @Nullable String programm, @Nullable LocalDate stichtag) {
        LocalDate tag = stichtag == null ? SitzungLeser.heute() : stichtag;
        String filter = programm == null || programm.isBlank() ? null : programm.strip();
        return transaktion.lesen(nutzer.kreisMitRolle(GremienRechte.LESEN), () -> {
            List<Gremium> auswahl = (filter == null ? gremien.listOrderByName() : gremien.vonProgramm(filter))
                    .stream().filter(g -> g.aufgeloestAm() == null || !g.aufgeloestAm().isBefore(tag)).toList();
            Besetzung besetzung = mitglieder.amStichtag(auswahl.stream().map(Gremium::id).toList(), tag);
            return baum(filter, tag, auswahl, besetzung);
        });
    }

    static Struktur baum(String programm, LocalDate tag, List<Gremium> auswahl, Besetzung besetzung) {
        Map<UUID, List<Mitglied>> mitgliederJe = besetzung.mitglieder().stream()
                .collect(Collectors.groupingBy(Mitglied::gremiumId));
        Map<UUID, List<OffenerSitz>> sitzeJe = besetzung.offeneSitze().stream()
                .collect(Collectors.groupingBy(OffenerSitz::gremiumId));
        Set<UUID> ids = auswahl.stream().map(Gremium::id).collect(Collectors.toSet());
        Map<UUID, List<Gremium>> kinder = auswahl.stream()
                .filter(g -> g.uebergeordnetId() != null && ids.contains(g.uebergeordnetId()))
                .sorted(GREMIEN)
                .collect(Collectors.groupingBy(Gremium::uebergeordnetId));
        Set<UUID> besucht = new HashSet<>();
        List<GremiumKnoten> wurzeln = auswahl.stream()
                .filter(g -> g.uebergeordnetId() == null || !ids.contains(g.uebergeordnetId()))
                .sorted(GREMIEN)
                .map(g -> knoten(g, kinder, mitgliederJe, sitzeJe, besucht))
                .toList();
        return new Struktur(programm, tag, wurzeln, besucht.size(), besetzung.mitglieder().size());
    }

    private static GremiumKnoten knoten(Gremium g, Map<UUID, List<Gremium>> kinder,
                                        Map<UUID, List<Mitglied>> mitgliederJe,
                                        Map<UUID, List<OffenerSitz>> sitzeJe, Set<UUID> besucht) {
        besucht.add(g.id());
        List<GremiumKnoten> unten = kinder.getOrDefault(g.id(), List.of()).stream()
                .filter(k -> !besucht.contains(k.id()))
                .map(k -> knoten(k, kinder, mitgliederJe, sitzeJe, besucht))
                .toList();
        List<Mitglied> sitzende = mitgliederJe.getOrDefault(g.id(), List.of()).stream().sorted(MITGLIEDER).toList();
        List<OffenerSitz> offen = sitzeJe.getOrDefault(g.id(), List.of()).stream()
                .sorted(Comparator.comparingInt(OffenerSitz::position)).toList();
        return new GremiumKnoten(g.id(), g.name(), g.typ(), g.ebene(), g.programme(), g.zweck(), g.aufgaben(),
                g.rhythmus(), g.konstituiertAm(), g.aufgeloestAm(), g.version(), sitzende, offen, unten);
    }
}
