package de.teilhabe.platform.finanzierung;

import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.baustein.Bausteine;
import de.teilhabe.platform.baustein.Programmkatalog;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.traeger.Massnahmetraeger;
import de.teilhabe.platform.traeger.TraegerVerzeichnis;
import de.teilhabe.plugin.api.programm.Foerderzeitraum;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the funding checks need to know of the Kreis, read before the writing transaction starts: its
 * Bausteine, its providers and its enabled programs (each through the owning feature's service).
 */
@Singleton
class Grundlagen {

    /** The Kreis's Bausteine by id, its providers' ids and its enabled programs. */
    record Grundlage(Map<UUID, Baustein> bausteine, Set<UUID> traeger, List<String> programme,
                     Function<String, Optional<Foerderzeitraum>> programmzeitraum) {

        boolean aktiv(String programmId) {
            return programmId != null && programme.contains(programmId);
        }
    }

    private final Bausteine bausteine;
    private final TraegerVerzeichnis traeger;
    private final ProgrammDienst programme;
    private final Programmkatalog katalog;

    Grundlagen(Bausteine bausteine, TraegerVerzeichnis traeger, ProgrammDienst programme, Programmkatalog katalog) {
        this.bausteine = bausteine;
        this.traeger = traeger;
        this.programme = programme;
        this.katalog = katalog;
    }

    Grundlage fuer(Nutzer nutzer) {
        return new Grundlage(
                bausteine.liste(nutzer).stream().collect(Collectors.toMap(Baustein::id, Function.identity())),
                traeger.liste(nutzer).stream().map(Massnahmetraeger::id).collect(Collectors.toSet()),
                programme.aktiveProgramme(nutzer),
                this::zeitraum);
    }

    private Optional<Foerderzeitraum> zeitraum(String programmId) {
        try {
            return katalog.foerderzeitraum(programmId);
        } catch (FachlicherFehler e) {
            return Optional.empty();
        }
    }
}
