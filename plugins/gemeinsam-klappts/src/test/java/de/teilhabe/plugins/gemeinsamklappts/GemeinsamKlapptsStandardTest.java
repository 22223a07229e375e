package de.teilhabe.plugins.gemeinsamklappts;

import de.teilhabe.plugin.testkit.PluginPruefung;

class GemeinsamKlapptsStandardTest extends PluginPruefung {

    GemeinsamKlapptsStandardTest() {
        super(GemeinsamKlapptsPlugin.class);
    }
}
