package de.teilhabe.platform.sicherheit;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Sign-in protection that every node shares through the database ({@code platform.anmeldebremse}, V10):
 * <ul>
 * <li><b>per account</b> an exponential back-off instead of a lock ({@link Wartezeiten}: after
 * {@code teilhabe.anmeldung.konto.freie-fehlversuche} failures — default 3 — the next attempt waits
 * {@code erste-wartezeit} (1 s), doubling with each further failure up to {@code hoechste-wartezeit} (5 min)); a
 * success resets it, and failures older than {@code vergessen-nach} (1 h) are forgotten. Whoever knows a colleague's
 * account name can slow the colleague's sign-in down by at most the longest wait, never lock it for long;</li>
 * <li><b>per client network</b> (an IPv4 address, an IPv6 /64) at most {@code teilhabe.anmeldung.adresse.max-fehlversuche}
 * failures (50) in a window of {@code fenster} (10 min); then every attempt from there is refused until the window
 * ends — generous, since an office signs in from behind one address.</li>
 * </ul>
 * A refused attempt is not checked and not counted. Times come from the {@link Clock} bean.
 */
@Singleton
class Anmeldebremse {

    /** A refusal: how long to wait, which key refused, and whether it is the first refusal of that lock. */
    record Bremsung(Duration wartezeit, String schluessel, boolean erstmals) {
    }

    private final AnmeldebremseTabelle tabelle;
    private final Clock uhr;
    private final Wartezeiten wartezeiten;
    private final Duration vergessenNach;
    private final int maxJeAdresse;
    private final Duration fenster;

    Anmeldebremse(AnmeldebremseTabelle tabelle, Clock uhr,
                  @Value("${teilhabe.anmeldung.konto.freie-fehlversuche:3}") int frei,
                  @Value("${teilhabe.anmeldung.konto.erste-wartezeit:1s}") Duration erste,
                  @Value("${teilhabe.anmeldung.konto.hoechste-wartezeit:5m}") Duration hoechste,
                  @Value("${teilhabe.anmeldung.konto.vergessen-nach:1h}") Duration vergessenNach,
                  @Value("${teilhabe.anmeldung.adresse.max-fehlversuche:50}") int maxJeAdresse,
                  @Value("${teilhabe.anmeldung.adresse.fenster:10m}") Duration fenster) {
        this.tabelle = tabelle;
        this.uhr = uhr;
        this.wartezeiten = new Wartezeiten(frei, erste, hoechste);
        this.vergessenNach = vergessenNach;
        this.maxJeAdresse = maxJeAdresse;
        this.fenster = fenster;
    }

    /** Whether an attempt for the account from the network must wait now, and how long. */
    @Transactional
    Optional<Bremsung> pruefen(String kontoSchluessel, String adressSchluessel) {
        Instant jetzt = jetzt();
        return tabelle.sperren(List.of(kontoSchluessel, adressSchluessel), jetzt).stream().findFirst()
                .map(s -> new Bremsung(Duration.between(jetzt, s.bis()), s.schluessel(),
                        tabelle.vermerken(s.schluessel(), jetzt)));
    }

    /** Counts a failed attempt for the account and for the network, and purges rows nobody needs any more. */
    @Transactional
    void fehlschlag(String kontoSchluessel, String adressSchluessel) {
        Instant jetzt = jetzt();
        AnmeldebremseTabelle.Zaehlung konto = tabelle.zaehlen(kontoSchluessel, jetzt, true, jetzt.minus(vergessenNach));
        Duration warten = wartezeiten.nach(konto.fehlversuche());
        if (!warten.isZero()) {
            tabelle.sperren(kontoSchluessel, jetzt.plus(warten));
        }
        AnmeldebremseTabelle.Zaehlung adresse = tabelle.zaehlen(adressSchluessel, jetzt, false, jetzt.minus(fenster));
        if (adresse.fehlversuche() >= maxJeAdresse) {
            tabelle.sperren(adressSchluessel, adresse.seit().plus(fenster));
        }
        Duration aufbewahren = vergessenNach.compareTo(fenster) > 0 ? vergessenNach : fenster;
        tabelle.aufraeumen(jetzt.minus(aufbewahren), jetzt);
    }

    /** Now, in the database's precision (microseconds): a wait read back is then exactly the one written. */
    private Instant jetzt() {
        return uhr.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** A successful sign-in: the account's failures are forgotten (the network's are not). */
    @Transactional
    void erfolg(String kontoSchluessel) {
        tabelle.loeschen(kontoSchluessel);
    }
}
