/**
 * Steering structures (Gremien) of a Kreis: Lenkungsgruppe, Bündniskerngruppe, working groups and exchange
 * meetings with their members, meetings, decisions, tasks and the Anliegen that run through them (issue 5,
 * seed 004 sections 3.2–3.8).
 *
 * <h2>Service API for the UI (in-process; every method takes the signed-in {@code Nutzer})</h2>
 * <ul>
 *   <li>{@link de.teilhabe.platform.gremium.StrukturDienst#struktur} – the structure view: a program's Gremien as
 *       a tree of {@link de.teilhabe.platform.gremium.GremiumKnoten} with members on a day and empty seats.</li>
 *   <li>{@link de.teilhabe.platform.gremium.GremienDienst} – list, detail
 *       ({@link de.teilhabe.platform.gremium.GremiumAnsicht}: parent, children, members with history, seats,
 *       meetings), create and change ({@link de.teilhabe.platform.gremium.GremiumDaten}).</li>
 *   <li>{@link de.teilhabe.platform.gremium.GremienVorlagenDienst} – create from templates;
 *       {@link de.teilhabe.platform.gremium.PluginVorlagen} turns a plugin's {@code Gremiumvorlage}s into them.
 *       {@code vorlagen(nutzer, programmId)} previews and {@code ausProgramm(nutzer, programmId, konstituiertAm)}
 *       creates (idempotently) the Gremien of a program enabled in the Kreis from its plugin's
 *       {@code GremienVorlagen} (else {@code gremium.programm.nicht.aktiv} on field {@code programm}).</li>
 *   <li>{@link de.teilhabe.platform.gremium.MitgliedschaftenDienst} (create, change, end),
 *       {@link de.teilhabe.platform.gremium.PersonenDienst}, {@link de.teilhabe.platform.gremium.SitzeDienst}.</li>
 *   <li>{@link de.teilhabe.platform.gremium.SitzungenDienst} – meetings and the minutes editor
 *       ({@link de.teilhabe.platform.gremium.SitzungDaten} in, {@link de.teilhabe.platform.gremium.SitzungAnsicht}
 *       out); {@link de.teilhabe.platform.gremium.BeschluesseDienst}; {@link de.teilhabe.platform.gremium.AuftraegeDienst}
 *       with the task list across Gremien ({@link de.teilhabe.platform.gremium.AuftragFilter}: mine, overdue).</li>
 *   <li>{@link de.teilhabe.platform.gremium.AnliegenDienst} – report, change, and the thread
 *       ({@link de.teilhabe.platform.gremium.AnliegenVerlauf}).</li>
 *   <li>{@link de.teilhabe.platform.gremium.ExportDienst} – member list on a day and minutes as a
 *       {@link de.teilhabe.platform.dokument.Dokument} in German or English; render it with
 *       {@link de.teilhabe.platform.dokument.Dateiformat} ({@code PDF}, {@code XLSX}).</li>
 * </ul>
 *
 * <h2>REST</h2>
 * Besides the CRUD endpoints under {@code /api/gremien}: {@code GET /api/gremien/{id}/mitgliederliste} and
 * {@code GET /api/gremien/sitzungen/{id}/protokoll} with {@code format=pdf|xlsx} (required; anything else is a 400
 * on {@code format}), optional {@code sprache=de|en} (default: {@code Accept-Language}, else German) and, for the
 * member list, {@code stichtag}; the file comes as an attachment named after the document's title.
 * {@code GET /api/gremien/vorlagen?programm=kim} previews a program's templates, {@code POST /api/gremien/aus-programm}
 * with {@code {"programm":"kim","konstituiertAm":"2021-03-17"}} ({@link de.teilhabe.platform.gremium.ProgrammAntrag})
 * creates its Gremien.
 * Enum labels in German and English: {@code text(Locale)} on each enum (message keys {@code gremium.<enum>.<NAME>}).
 *
 * <h2>Rules</h2>
 * Rights: KI-Koordination and Kreis-Admin write and see everything; Gremium-Leserecht and Case-Management read the
 * structure (member names, organisations, functions, roles, periods; meetings without minutes text, agenda results
 * and attendance; decisions, tasks, Anliegen threads) and never persons' contact data; Case-Management may report
 * Anliegen; Maßnahmeträger have no access. Bad input throws {@code FachlicherFehler} with field errors (codes
 * {@code gremium.*}); a stale version throws {@code konflikt.veraltet}. Every change is audited; reading minutes
 * or the person list with contact data is audited as {@code GELESEN}. Memberships are ended, never deleted.
 */
package de.teilhabe.platform.gremium;
