package de.teilhabe.plugins.komman;

import de.teilhabe.plugin.testkit.PluginJarPruefung;

/** Manifest, PF4J loading and "no migrations, no scripts" for the built jar. */
class KommAnPluginIT extends PluginJarPruefung {
}
