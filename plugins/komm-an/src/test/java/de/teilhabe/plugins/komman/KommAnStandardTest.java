package de.teilhabe.plugins.komman;

import de.teilhabe.plugin.testkit.PluginPruefung;

class KommAnStandardTest extends PluginPruefung {

    KommAnStandardTest() {
        super(KommAnPlugin.class);
    }
}
