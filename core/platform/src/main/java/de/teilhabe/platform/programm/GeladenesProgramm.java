package de.teilhabe.platform.programm;

import de.teilhabe.plugin.api.migration.Migrationsquelle;
import java.util.Optional;

/**
 * What the host keeps of one plugin archive: its state and, when started, its extensions, class loader,
 * migrations (empty if the program has no tables of its own) and their {@link Migrationsstand}.
 */
record GeladenesProgramm(Programm programm, Erweiterungen erweiterungen, ClassLoader lader,
                         Optional<Migrationsquelle> migrationen, String migrationsstand) {

    static GeladenesProgramm ohneErweiterungen(Programm programm) {
        return new GeladenesProgramm(programm, null, null, Optional.empty(), "");
    }

    GeladenesProgramm alsFehlgeschlagen(String grund) {
        return ohneErweiterungen(programm.alsFehlgeschlagen(grund));
    }
}
