/**
 * The plugin host: program plugins (PF4J) loaded at start, their state, calls into them, and which Kreis
 * runs which program.
 *
 * <h2>For features and views</h2>
 * <ul>
 *   <li>{@link de.teilhabe.platform.programm.ProgrammDienst} – the program list of the signed-in user's Kreis
 *       ({@link de.teilhabe.platform.programm.ProgrammUebersicht}: state, reason, enabled or not), enabling
 *       (applies the program's migrations in the Kreis schema) and disabling (keeps all data), and the ids of
 *       the Kreis's enabled programs. Every method takes the {@link de.teilhabe.platform.sicherheit.Nutzer};
 *       enabling and disabling need KI-Koordination or Kreis-Admin.</li>
 *   <li>{@link de.teilhabe.platform.programm.Programmaufruf} – the only way to call a plugin's extensions:
 *       {@code rufe} for one program, {@code fuerJedes} for several with one answer each. Whatever the
 *       plugin throws arrives as a {@link de.teilhabe.platform.fehler.FachlicherFehler}
 *       ({@code programm.fehler}, {@code programm.nicht.verfuegbar}, {@code programm.unbekannt}, or
 *       {@code eingabe.ungueltig} with the plugin's field messages).</li>
 *   <li>{@link de.teilhabe.platform.programm.ProgrammHost} – all plugin archives of this server with
 *       {@link de.teilhabe.platform.programm.Programmzustand} and reason, and each started program's
 *       {@link de.teilhabe.plugin.api.programm.Programmdeskriptor}.</li>
 * </ul>
 *
 * <h2>Operation</h2>
 * Plugin archives are the {@code *.jar} files directly in {@code teilhabe.plugins.verzeichnis}
 * (environment {@code TEILHABE_PLUGINS_DIR}); the directory is only read. A plugin built for another
 * plugin API is refused, one whose loading, start or extensions throw is failed with the reason; neither
 * stops the platform. Per Kreis, {@code programm_aktivierung} in the Kreis schema records the programs;
 * each program's tables live in the Kreis schema with a Flyway history table of their own.
 */
package de.teilhabe.platform.programm;
