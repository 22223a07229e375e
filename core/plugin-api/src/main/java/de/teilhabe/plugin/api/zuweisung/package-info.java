/** Assignments to the Maßnahmen of a program by participants of another program ({@link de.teilhabe.plugin.api.zuweisung.Zuweisungsregel}). */
package de.teilhabe.plugin.api.zuweisung;
