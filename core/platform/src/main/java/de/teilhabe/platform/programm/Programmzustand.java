package de.teilhabe.platform.programm;

import io.micronaut.serde.annotation.Serdeable;

/** State of a program plugin on this server, decided once at start (and by defects found at run time). */
@Serdeable
public enum Programmzustand {
    /** Loaded, API-compatible, started; its extensions answer. */
    GESTARTET,
    /** Not started: built for another plugin API version (or without saying which). */
    ABGELEHNT,
    /** Not usable: the archive could not be loaded, its start or an extension threw, or a class is missing. */
    FEHLGESCHLAGEN
}
