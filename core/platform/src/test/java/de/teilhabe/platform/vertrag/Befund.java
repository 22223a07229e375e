package de.teilhabe.platform.vertrag;

/**
 * One violated rule: which operation, what kind of violation ({@code art}, e.g. {@code 5xx} or {@code accepted:
 * unknown property}), the input case, the status and an excerpt of the answer.
 */
record Befund(String vorgang, String art, String fall, String ziel, int status, String anfrage, String auszug) {
}
