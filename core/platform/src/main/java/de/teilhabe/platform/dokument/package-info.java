/**
 * Format-neutral documents and their writers: a feature builds a {@link de.teilhabe.platform.dokument.Dokument}
 * (title, headings, paragraphs, tables) in the reader's language, and {@link de.teilhabe.platform.dokument.Dateiformat}
 * renders it as PDF ({@link de.teilhabe.platform.dokument.PdfSchreiber}) or XLSX
 * ({@link de.teilhabe.platform.dokument.XlsxSchreiber}). Used by the Gremien exports (member list, minutes) and
 * meant for the report exports.
 */
package de.teilhabe.platform.dokument;
