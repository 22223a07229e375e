package de.teilhabe.plugin.testkit.beispiel;

import org.pf4j.Plugin;

/** Test fixture: a tiny plugin with deliberate declaration defects (see KonsistenzpruefungTest). */
public class BeispielPlugin extends Plugin {
}
