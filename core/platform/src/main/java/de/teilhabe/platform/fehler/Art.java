package de.teilhabe.platform.fehler;

/** What kind of failure a {@link FachlicherFehler} is; decides the HTTP status of the problem details. */
public enum Art {
    UNGUELTIG(400),
    NICHT_ANGEMELDET(401),
    VERBOTEN(403),
    NICHT_GEFUNDEN(404),
    KONFLIKT(409),
    VORBEDINGUNG(412),
    NICHT_UNTERSTUETZT(415),
    NICHT_VERARBEITBAR(422),
    ZU_VIELE_VERSUCHE(429),
    UNERWARTET(500);

    private final int status;

    Art(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
