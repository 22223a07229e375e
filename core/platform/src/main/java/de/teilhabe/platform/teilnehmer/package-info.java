/**
 * Case management (Teilhabemanagement): participants with their dated history, intake into one or several
 * programs with each program's target-group verdict, consents, assignments to Maßnahmen, de-registration and
 * re-admission.
 *
 * <h2>Dated facts (ADR 0002)</h2>
 * Every fact a report counts is a dated entry, never overwritten: the Kommune ({@code wohnort}), the residence
 * status ({@code aufenthalt}), the work ban and exclusion facts ({@code merkmal}, {@link
 * de.teilhabe.platform.teilnehmer.Personenmerkmal}), the ABH clearance per program ({@code freigabe}), the
 * participations ({@code programmteilnahme}: one episode from intake to de-registration, a re-admission is a new
 * one) and the assignments ({@code zuweisung}). Each has the day it takes effect (given, may lie in the past) and
 * when and by whom it was recorded; a correction supersedes the entry ({@code ersetzt_am}), striking marks it
 * without successor. {@link de.teilhabe.platform.teilnehmer.Verlaufsregeln} checks the whole history after every
 * change — no date before birth or ahead of today (except a planned assignment and the known end of a work ban),
 * no overlapping episodes of one program, a Kommune known from the first intake on, every assignment inside a
 * participation in the Maßnahme's program or in a program whose participants that program's plugin admits
 * ({@code Zuweisungsregel}) — and {@link de.teilhabe.platform.teilnehmer.Verlaufspflege} is the one path every write
 * takes: check, write, recompute the verdicts resting on the changed facts ({@link
 * de.teilhabe.platform.teilnehmer.Urteile}), audit. A verdict „nicht entscheidbar“ (e.g. no birth date) is recorded
 * as an open clarification with a due date ({@code klaerung_bis}); it closes when the missing fact arrives, and a
 * correction that takes the ground from under a decided verdict opens one. A refused ABH clearance ends the
 * participation that day, with the assignments it carried (Abbruch).
 *
 * <h2>For views and API</h2>
 * {@link de.teilhabe.platform.teilnehmer.TeilnehmerAufnahme} takes people in (verdicts, people already recorded whom
 * an intake may mean, intake of a new person, intake of a recorded person into another program or again);
 * {@link de.teilhabe.platform.teilnehmer.TeilnehmerDienst} searches, reads and changes the person's own data and
 * consents; {@link de.teilhabe.platform.teilnehmer.Teilnahmen} de-registers, re-admits, corrects participations and
 * lists the open clarifications; {@link de.teilhabe.platform.teilnehmer.Verlaufseintraege} records moves, status,
 * work bans and exclusion facts, clearances, their corrections and strikes; {@link
 * de.teilhabe.platform.teilnehmer.Zuweisungen} assigns, ends and corrects assignments. Every method takes the
 * signed-in {@link de.teilhabe.platform.sicherheit.Nutzer}. KI-Koordination and Case-Management read and
 * write, the Kreis-Admin reads only. Every change and every reading of a participant's record
 * ({@code GELESEN}) and every search ({@code GESUCHT}, with the filter fields used and the hits) goes to the
 * Kreis's audit log under object type {@code Teilnehmer} and the person's id, with the names of the fields read or
 * changed and never their values ({@link de.teilhabe.platform.audit.Personenbezug}, ADR 0003). Versioned changes want the version last read and answer
 * {@code konflikt.veraltet} when it is stale.
 *
 * <h2>Importing existing lists</h2>
 * {@link de.teilhabe.platform.teilnehmer.TeilnehmerImport} takes an office's lists (CSV in UTF-8 with {@code ;}, or
 * XLSX; columns by German header, see {@code Importspalte}), in two kinds. REST for both:
 * {@code POST /api/teilnehmer/import} (multipart, part {@code datei}, {@code trockenlauf} by default).
 * <ul>
 *   <li><b>A list of intakes</b> (no column „Vorgang“): one row per person already in care. Each row is checked
 *       exactly like an intake — {@code TeilnehmerAufnahme.aufnahmePruefen} is shared by both and calls only the
 *       chosen program's target-group rule — and against duplicates (stored and within the file: names, birth date
 *       and Kommune, like the unique index; one query for the Kreis's keys). A duplicate is an error unless the
 *       import is asked to skip it: such a list means „these people are new“, and a second copy is a mistake the
 *       office should see.</li>
 *   <li><b>A history list</b> (column „Vorgang“: Aufnahme, Umzug, Statuswechsel, Zuweisung, Abmeldung,
 *       Wiederaufnahme; empty means Aufnahme): an office replaying its lists with the days things happened
 *       ({@code Verlaufsimport}). A person is the natural key Nachname + Vorname + Geburtsdatum, ignoring case — not
 *       the Kommune, people move; two stored people with that key make the row an error. The rows are grouped by
 *       person and applied in date order (file order within a day; the file itself may be in any order) to the
 *       history as stored — read once for all people of the list, in six queries — or, for a new person, to the
 *       history its intake row begins. Each row goes through the services' own building blocks and messages (the
 *       intake check, {@code TeilnehmerAufnahme.teilnahme}, {@code Verlaufseintraege.wohnort/aufenthalt/unveraendert},
 *       {@code Zuweisungen.zuweisung/beendet}, {@code Teilnahmen.offene/beendet/wiederaufnahmeProgramm}) and then
 *       {@code Verlaufsregeln} on the whole history, exactly as {@code Verlaufspflege.aendern} does; a service's
 *       field error lands on the column that carries it ({@code Vorgang}: e.g. a de-registration's {@code am} is
 *       „Datum“, a conflict without a field is „Vorgang“). A Maßnahme is named as an office writes it — „FB 1 ·
 *       Caritas · Neuss“: Baustein, provider's short or full name, a Kommune, and where that is not enough the
 *       planned start („ab 01.06.2020“) or the title ({@code Massnahmenkennung}); none or several is a row error that
 *       lists the candidates. Idempotent: a row whose fact is recorded — same person and day, and the program
 *       (intake, re-admission, de-registration), the Kommune (move), the status (status change) or the Maßnahme
 *       (assignment) — is skipped and reported as skipped ({@code import.vorhanden}), not as an error; so the same
 *       list twice changes nothing, and next month's list adds only what is new. A running assignment that a later
 *       list gives with its end is ended; an end that differs from the one recorded is an error, since corrections
 *       (which supersede, ADR 0002) belong in the record. An intake or re-admission row of a known person whose
 *       Kommune or status differs from the history on that day enters it from then on. Not in a history list:
 *       ABH clearances, consents, work-ban periods (the intake row's „Beschäftigungsverbot“ holds from the intake),
 *       corrections and strikes; people without a birth date (their key is incomplete) go through a list of
 *       intakes.</li>
 * </ul>
 * A dry run writes nothing. An import is all or nothing: with any row error nothing is written; otherwise one Kreis
 * transaction writes every person's new entries and ended periods as JDBC batches ({@code Verlaufsschreiber}, the
 * difference between the history as stored and as the rows left it; ends first, so a re-admission never overlaps the
 * episode it follows), recomputes the verdicts of people whose status changed ({@code Verlaufspflege
 * .urteileNachfuehren}, audited {@code URTEIL_NEU}) and writes {@code IMPORTIERT} audit entries: one per person
 * changed and one for the list with the columns and the counts per Vorgang (no file name, no values). 10,000 people with about 22,000 history rows import in a few seconds ({@code infra/bench/import.sh}).
 *
 * <h2>Providers and committees</h2>
 * Maßnahmeträger and Gremium-Leserecht get {@code zugriff.verboten} on everything here except one thing: a
 * Maßnahmeträger account that the Kreis admin linked to its provider ({@code traeger.TraegerKonten}) sees, through
 * {@link de.teilhabe.platform.teilnehmer.TeilnehmerFuerTraeger}, the people assigned to its own Maßnahmen who have
 * a consent for {@link de.teilhabe.platform.teilnehmer.Einwilligungszweck#AUSTAUSCH_TRAEGER} in force today, with
 * name and assignment only; anyone else is „not found“; every reading is audited.
 *
 * <h2>Program fields and case managers</h2>
 * {@link de.teilhabe.platform.teilnehmer.Programmfelder}: the extra case fields each program plugin declares
 * ({@code Fallfelder}), validated by the plugin before they are stored (table {@code programmfeld}, V36). At intake
 * without a named case manager, the holder of the program's post responsible for the person's Kommune takes the
 * case. Goals, notes and referrals live in package {@code fallarbeit}.
 *
 * <h2>Data protection</h2>
 * {@link de.teilhabe.platform.teilnehmer.Aufbewahrung}: retention periods per record type in years after the case
 * ended (the de-registration; cases never ended are left alone), per Kreis in table {@code aufbewahrungsregel}
 * (Kreis-Admin), defaults of migration {@code V37}: {@code TEILNEHMER} 3 (master data, residence history,
 * programs; regular limitation period), {@code EINWILLIGUNG} 3 (from the withdrawal if earlier; accountability),
 * {@code ZUWEISUNG} 5, {@code ZUWEISUNG_GEFOERDERT} 10 (a Maßnahme whose Baustein a Zuwendungsbescheid covers;
 * funding audits — the person's master data are kept as long). Anonymisation keeps year of birth (1 January),
 * Kommune, residence status history, programs with verdict, dates and assignment outcomes; names become
 * {@code anonymisiert}, free texts (residence notes, exception reason and approver, case manager, de-registration
 * and drop-out reasons, free-text language level) are cleared or replaced, consents lose the link to the person;
 * rows are marked {@code anonymisiert_am}. Anonymised people are not found by name and are nobody's duplicate.
 * A dry run ({@code pruefen}) lists ids only. {@link de.teilhabe.platform.teilnehmer.Aufbewahrungslauf} runs
 * every Kreis as {@code system.aufbewahrung} (a failing Kreis is logged and skipped), scheduled nightly by
 * {@code teilhabe.aufbewahrung.cron} (default {@code 0 30 2 * * *}, env {@code TEILHABE_AUFBEWAHRUNG_CRON}),
 * switched off with {@code teilhabe.aufbewahrung.aktiv=false} ({@code TEILHABE_AUFBEWAHRUNG_AKTIV}; off in tests).
 * The audit log is append-only and is not anonymised: it holds no values of a person, only ids and field names.
 * {@link de.teilhabe.platform.teilnehmer.DatenauskunftDienst}: access request (Art. 15 DSGVO) with record, case
 * work, every audit entry about the person and the periods, as JSON or PDF, audited {@code AUSKUNFT}.
 * {@link de.teilhabe.platform.teilnehmer.Loeschung}: erasure on request (Art. 17 DSGVO) by KI-Koordination or
 * Kreis-Admin — refused while the case runs ({@code teilnehmer.loeschung.aktiv}) or a funded assignment's period
 * runs ({@code teilnehmer.loeschung.aufbewahrungspflicht} with the end date), otherwise the person's rows are
 * deleted (case work and program fields included) and {@code GELOESCHT} is audited with the tables rows went from (not the reason,
 * a free text that may name the person).
 * Anonymisation also clears the texts of goals and referrals and deletes case notes and program fields. REST: {@code DatenschutzController}.
 *
 * <h2>Storage</h2>
 * Tables {@code teilnehmer}, {@code einwilligung} (V30) and the dated facts {@code wohnort}, {@code aufenthalt},
 * {@code merkmal}, {@code freigabe}, {@code programmteilnahme}, {@code zuweisung} (V30, V50) in the Kreis schema; the
 * person is read and written in {@code TeilnehmerTabellen}, the history in {@code Verlaufstabellen}, the list in
 * {@code TeilnehmerAbfrage} (btree prefix search on {@code lower(nachname)} / {@code lower(vorname)}, no extension
 * needed). {@code teilnehmer.kommune_id}, {@code aufenthaltsstatus}, {@code aufgenommen_am}, {@code abgemeldet_am}
 * and {@code abmeldegrund} are today's state, kept by triggers for the search and the retention clock.
 */
package de.teilhabe.platform.teilnehmer;
