/**
 * Stichtag reports as the offices write them into council papers (seed 000, Rhein-Kreis Neuss 31.03.2021). Every
 * report reads the dated facts (ADR 0002) through {@link de.teilhabe.platform.bericht.Stichtagsstand} only: facts
 * dated after the cut-off date cannot change it; a correction of an earlier fact does, and a frozen report keeps
 * the figures as they were issued.
 *
 * <ul>
 *   <li><b>Aufnahme</b> ({@link de.teilhabe.platform.bericht.Stichtagsberichte#aufnahme}): per Kommune of the
 *       Kreis (all of them, by name, zeros included; the Kommune the person lived in on the cut-off date) the people
 *       taken into a program up to the cut-off date by their residence status on the first intake day (the newest
 *       residence entry dated on or before it: Duldung, Gestattung, Aufenthaltstitel, anything else or none as
 *       „sonstige“), de-registered (no participation running on the cut-off date), active, and the documented
 *       exceptions of the first intake, with a sum row.</li>
 *   <li><b>Zuweisungen</b> ({@link de.teilhabe.platform.bericht.Stichtagsberichte#zuweisungen}): per
 *       Förderbaustein and provider (full name, or short name with {@link
 *       de.teilhabe.platform.bericht.Berichtsoptionen}) the assignments begun up to the cut-off date to a Maßnahme of
 *       the program or during a participation in it — the Teilhabemanagement's people go to the Maßnahmen of
 *       „Durchstarten“, so both programs count them —, of them running on that day, completed and dropped out by
 *       then, the sum row and the number of distinct people assigned.</li>
 *   <li><b>Kennzahlen für den Ausschuss</b> ({@code Gremienzahlen}): per Kommune the active people with and without
 *       a work ban and by the ABH clearance in force on the day; referrals by service and outcome known by then;
 *       assignments completed or dropped out and de-registrations by kind.</li>
 * </ul>
 *
 * <p>{@link de.teilhabe.platform.bericht.Berichtsdokumente} makes every report of a program a typed
 * {@link de.teilhabe.platform.dokument.Dokument} for screen, XLSX, CSV and PDF — (g) target group per Kommune,
 * (a), (b), (c) Maßnahmen, (d) posts, (f) post shares per Kommune, (e) funding at the Stichtag — plus the parts
 * the program plugin contributes ({@link de.teilhabe.platform.bericht.Programmberichte}: the host computes the
 * {@code Kennzahl} counts the part asks for, {@link de.teilhabe.platform.bericht.Kennzahlabfrage}).
 * {@link de.teilhabe.platform.bericht.Berichtsstaende} freezes a report for a committee (table
 * {@code berichtsstand}, insert-only for the Kreis role) and compares it with the same report computed again
 * ({@link de.teilhabe.platform.bericht.Berichtsvergleich}).
 *
 * <p>Rights: KI-Koordination, Kreis-Admin, Case-Management and Gremium-Leserecht read the reports; a
 * Maßnahmeträger account gets 403. <b>Small counts</b> are protected for committee readers only (an account whose
 * only reading role is Gremium-Leserecht), see {@link de.teilhabe.platform.bericht.Schwelle}: detail cells from 1
 * to {@code teilhabe.berichte.mindestanzahl} − 1 (default 3) are {@code null}; wherever a row equation (status
 * columns = total, de-registered + active = total, running + completed + dropped out = assigned) or a column
 * equation (detail rows = sum row) would have exactly one hidden cell, its smallest non-zero visible part is
 * hidden too, until no equation has exactly one hidden cell. So the sum rows stay exact unless they would give a
 * hidden cell away. This is the usual primary/secondary cell suppression; it does not defend against every
 * combination of several published tables (e.g. two cut-off dates side by side). The plugins' parts are not
 * given to committee readers at all, since their tables' equations are not known to the host.
 *
 * <p>Demo data: {@link de.teilhabe.platform.bericht.RknStichtag31032021} enters the seed's facts.
 */
package de.teilhabe.platform.bericht;
