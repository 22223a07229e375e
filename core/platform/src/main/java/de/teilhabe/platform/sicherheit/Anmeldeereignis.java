package de.teilhabe.platform.sicherheit;

import java.time.Instant;

/**
 * A sign-in that failed or was refused for too many attempts, for the platform's audit log (the {@code audit}
 * feature listens). Never the password; the name and Kreis as typed, made safe for a log
 * ({@link Anmeldung#fuerProtokoll}).
 *
 * @param art       {@code ANMELDUNG_FEHLGESCHLAGEN} or {@code ANMELDUNG_GEBREMST}
 * @param kreis     the Kreis chosen ({@code *} none, {@code -betrieb} the platform operation)
 * @param adresse   the client's address (through trusted proxies only)
 * @param wartezeit for a refusal the seconds to wait, otherwise 0
 */
public record Anmeldeereignis(String art, String benutzername, String kreis, String adresse, Instant zeitpunkt,
                              long wartezeit) {

    public static final String FEHLGESCHLAGEN = "ANMELDUNG_FEHLGESCHLAGEN";
    public static final String GEBREMST = "ANMELDUNG_GEBREMST";
}
