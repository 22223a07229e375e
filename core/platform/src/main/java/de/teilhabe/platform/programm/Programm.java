package de.teilhabe.platform.programm;

import de.teilhabe.plugin.api.programm.Programmdeskriptor;
import java.util.Objects;
import java.util.Optional;

/**
 * A program plugin as the host sees it.
 *
 * @param id         plugin id = program id (for an archive without readable manifest: its file name)
 * @param version    the plugin's version from its manifest, empty if unknown
 * @param zustand    started, refused or failed
 * @param grund      German reason for {@link Programmzustand#ABGELEHNT} and {@link Programmzustand#FEHLGESCHLAGEN},
 *                   empty when started
 * @param datei      file name of the plugin archive
 * @param deskriptor what the plugin says about its program; present only when started
 */
public record Programm(String id, String version, Programmzustand zustand, Optional<String> grund, String datei,
                       Optional<Programmdeskriptor> deskriptor) {

    public Programm {
        Objects.requireNonNull(id, "id");
        version = version == null ? "" : version;
        Objects.requireNonNull(zustand, "zustand");
        Objects.requireNonNull(grund, "grund");
        Objects.requireNonNull(datei, "datei");
        Objects.requireNonNull(deskriptor, "deskriptor");
    }

    static Programm gestartet(String id, String version, String datei, Programmdeskriptor deskriptor) {
        return new Programm(id, version, Programmzustand.GESTARTET, Optional.empty(), datei, Optional.of(deskriptor));
    }

    static Programm abgelehnt(String id, String version, String datei, String grund) {
        return new Programm(id, version, Programmzustand.ABGELEHNT, Optional.of(grund), datei, Optional.empty());
    }

    static Programm fehlgeschlagen(String id, String version, String datei, String grund) {
        return new Programm(id, version, Programmzustand.FEHLGESCHLAGEN, Optional.of(grund), datei, Optional.empty());
    }

    /** The program's name for messages: the descriptor's name, else the id. */
    public String name() {
        return deskriptor.map(Programmdeskriptor::name).orElse(id);
    }

    public boolean istGestartet() {
        return zustand == Programmzustand.GESTARTET;
    }

    /** The same program, now failed at run time; the descriptor stays for display. */
    Programm alsFehlgeschlagen(String neuerGrund) {
        return new Programm(id, version, Programmzustand.FEHLGESCHLAGEN, Optional.of(neuerGrund), datei, deskriptor);
    }
}
