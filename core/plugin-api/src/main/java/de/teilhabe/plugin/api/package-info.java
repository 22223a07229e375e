/**
 * Teilhabe plugin API: what a program plugin may see and implement.
 *
 * <p>Every program (e.g. "Gemeinsam klappt’s", "Durchstarten", KIM) is a PF4J plugin. It declares itself
 * only through the extension points in the sub-packages, each a small interface extending
 * {@link org.pf4j.ExtensionPoint}, and the immutable records they return:
 * <ul>
 *   <li>{@link de.teilhabe.plugin.api.programm.Programmbeschreibung} – descriptor (exactly one per plugin)</li>
 *   <li>{@link de.teilhabe.plugin.api.baustein.FoerderbausteinKatalog} – Förderbausteine</li>
 *   <li>{@link de.teilhabe.plugin.api.zielgruppe.Zielgruppenregel} – target-group verdicts with reasons</li>
 *   <li>{@link de.teilhabe.plugin.api.stellen.Stellenschluessel} – staffing formulas</li>
 *   <li>{@link de.teilhabe.plugin.api.gremium.GremienVorlagen} – steering-structure templates</li>
 *   <li>{@link de.teilhabe.plugin.api.feld.Fallfelder} – extra typed case fields with validation</li>
 *   <li>{@link de.teilhabe.plugin.api.bericht.Berichtsbeitrag} – table-shaped report parts</li>
 *   <li>{@link de.teilhabe.plugin.api.zuweisung.Zuweisungsregel} – which other programs' participants may be
 *       assigned to this program's Maßnahmen (since 1.1.0)</li>
 *   <li>{@link de.teilhabe.plugin.api.migration.PluginMigrationen} – the plugin's own Flyway migrations</li>
 * </ul>
 *
 * <h2>Language of texts</h2>
 * All user-visible texts a plugin returns (names, labels, reasons, validation messages) are plain German
 * text, ready to show in the German UI. Where the host or a report needs to recognise a text, it comes
 * with a stable machine code next to it ({@link de.teilhabe.plugin.api.zielgruppe.Begruendung#code()},
 * {@link de.teilhabe.plugin.api.feld.Validierungsfehler#code()}); codes are lower-case, dot-separated and
 * start with the plugin id, e.g. {@code gemeinsam-klappts.status.duldung}. Never parse the German text.
 *
 * <h2>Rules for implementations</h2>
 * Extensions must be stateless and thread-safe, must not do I/O, and must only depend on this API and the
 * JDK. The host may call them concurrently for several Kreise. Exceptions thrown by an extension are caught
 * by the host, which marks the plugin as failed for that call and shows a clear message.
 */
package de.teilhabe.plugin.api;
