package de.teilhabe.plugins.gemeinsamklappts;

import org.pf4j.Plugin;

/**
 * PF4J entry point of „Gemeinsam klappt’s“ – Baustein 6 Teilhabemanagement. The plugin has no start/stop
 * behaviour; everything it offers is in its extensions.
 */
public class GemeinsamKlapptsPlugin extends Plugin {

    /** Plugin and program id. */
    public static final String ID = "gemeinsam-klappts";
}
