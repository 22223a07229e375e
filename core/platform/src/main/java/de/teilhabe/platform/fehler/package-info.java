/**
 * The input contract and the error contract of the platform.
 *
 * <h2>What goes in</h2>
 * {@link de.teilhabe.platform.fehler.Anfrageform} looks at every API request before a handler does: a body names its
 * media type, a JSON body is one JSON value without {@code null} as the body or as a list entry, no query value holds
 * a control character. {@link de.teilhabe.platform.fehler.StrengeWerte} reads the scalars of every JSON body strictly
 * (booleans, integers, amounts, dates, times, texts by {@link de.teilhabe.platform.fehler.Eingabetexte}: one line of
 * at most 500 characters, free text up to 20,000), {@link de.teilhabe.platform.fehler.StrengeParameter} query and
 * path values; the serializer refuses unknown fields and missing yes/no values ({@code application.yml}).
 *
 * <h2>The shape of an input, once</h2>
 * The request records ({@code KommuneDaten}, {@code TraegerDaten}, {@code AufnahmeAntrag}, …) carry Jakarta Bean
 * Validation constraints: {@link de.teilhabe.platform.fehler.Zeile} and {@link de.teilhabe.platform.fehler.Freitext}
 * for every text, {@code @NotBlank}/{@code @NotNull} for what is required, {@code @Valid} where a record holds
 * others. Their components stay {@code @Nullable} for the serializer, so that a missing value reaches the check and
 * is named there. The services that take them are {@link de.teilhabe.platform.fehler.Geprueft}: before a method
 * runs, {@link de.teilhabe.platform.fehler.Eingabepruefung} checks its arguments and answers every violation as a
 * field error with our message codes — the API, the UI's dialogs (which put field errors at their fields) and the
 * import all go through these services and so meet the same rules. What needs stored data (a name already taken, a
 * date before the intake) or is required only together with another value (the day of a clearance) is checked in
 * the service after that.
 *
 * <h2>What comes out</h2>
 * A {@link de.teilhabe.platform.fehler.FachlicherFehler} (a message code with German and English texts) becomes RFC
 * 9457 problem details ({@link de.teilhabe.platform.fehler.ProblemAntworten}) with the fields' labels
 * ({@link de.teilhabe.platform.fehler.Felder}) and the request id; what PostgreSQL refused is translated
 * ({@link de.teilhabe.platform.fehler.Datenbankfehler}); the framework's own errors get our codes; anything else is a
 * 500 with only the request id. No answer repeats what the client sent ({@link de.teilhabe.platform.fehler.Eingaben}).
 * A stale {@code If-Match} is 412; a {@code GET} of a versioned resource carries the version as {@code ETag}
 * ({@link de.teilhabe.platform.fehler.Versionskennzeichen}). The UI shows the same texts.
 */
package de.teilhabe.platform.fehler;
