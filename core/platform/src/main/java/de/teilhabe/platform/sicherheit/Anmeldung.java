package de.teilhabe.platform.sicherheit;

import de.teilhabe.platform.fehler.Art;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.mandant.Mandant;
import de.teilhabe.platform.mandant.MandantRepository;
import de.teilhabe.platform.proxy.Proxyvertrauen;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-in for UI and API alike: finds the account in the chosen Kreis ({@link Kreiswahl}), checks the password,
 * applies the shared back-off and rate limit ({@link Anmeldebremse}), yields the {@link Nutzer}. Failed and refused
 * sign-ins go to the platform's audit log. Every way of not finding the account — unknown Kreis, unknown or inactive
 * name, a name several Kreise have while none was named — answers exactly like a wrong password, after as long.
 */
@Singleton
public class Anmeldung {

    private static final Logger LOG = LoggerFactory.getLogger(Anmeldung.class);

    private final BenutzerRepository benutzer;
    private final MandantRepository mandanten;
    private final Passwoerter passwoerter;
    private final Kontosuche suche;
    private final Anmeldebremse bremse;
    private final Anmeldevermerk vermerk;
    private final Clock uhr;

    Anmeldung(BenutzerRepository benutzer, MandantRepository mandanten, Passwoerter passwoerter, Kontosuche suche,
              Anmeldebremse bremse, Anmeldevermerk vermerk, Clock uhr) {
        this.benutzer = benutzer;
        this.mandanten = mandanten;
        this.passwoerter = passwoerter;
        this.suche = suche;
        this.bremse = bremse;
        this.vermerk = vermerk;
        this.uhr = uhr;
    }

    /** Sign-in without a Kreis: succeeds only if exactly one active account on the platform has the name. */
    public Nutzer anmelden(String benutzername, String passwort, String quelle) {
        return anmelden(Kreiswahl.offen(), benutzername, passwort, quelle);
    }

    /**
     * @param quelle the client's address as {@code proxy.Proxyvertrauen} determined it; the rate limit counts per
     *               address (IPv6: per /64)
     */
    public Nutzer anmelden(Kreiswahl wahl, String benutzername, String passwort, String quelle) {
        String name = benutzername == null ? "" : benutzername.trim().toLowerCase(Locale.ROOT);
        Optional<Benutzer> konto = suche.finden(wahl, name);
        String kontoSchluessel = konto.map(k -> "konto:" + k.id()).orElse("name:" + wahl.kennung() + ":" + name);
        String adressSchluessel = "adresse:" + Proxyvertrauen.begrenzungsnetz(quelle);
        Optional<Anmeldebremse.Bremsung> bremsung = bremse.pruefen(kontoSchluessel, adressSchluessel);
        if (bremsung.isPresent()) {
            throw gebremst(bremsung.get(), wahl, name, quelle);
        }
        boolean richtig;
        if (konto.isPresent()) {
            richtig = passwort != null && passwoerter.pruefen(passwort, konto.get().passwortHash());
        } else {
            passwoerter.pruefenGegenAttrappe(passwort == null ? "" : passwort);
            richtig = false;
        }
        if (!richtig) {
            vermerk.fehlgeschlagen(kontoSchluessel, adressSchluessel, ereignis(Anmeldeereignis.FEHLGESCHLAGEN, wahl,
                    name, quelle, 0));
            LOG.info("Anmeldung fehlgeschlagen für '{}' ({}) von {}", fuerProtokoll(name), fuerProtokoll(wahl.kennung()),
                    fuerProtokoll(quelle));
            throw new FachlicherFehler(Art.NICHT_ANGEMELDET, "anmeldung.fehlgeschlagen", List.of());
        }
        bremse.erfolg(kontoSchluessel);
        return nutzerLesen(konto.get());
    }

    /** The Kreise a sign-in page offers, by name. */
    @Transactional(readOnly = true)
    public List<Anmeldekreis> kreise() {
        return mandanten.listOrderBySlug().stream().map(m -> new Anmeldekreis(m.slug(), m.name()))
                .sorted(Comparator.comparing(Anmeldekreis::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private FachlicherFehler gebremst(Anmeldebremse.Bremsung bremsung, Kreiswahl wahl, String name, String quelle) {
        Duration warten = bremsung.wartezeit();
        long sekunden = Math.max(1, warten.toSeconds() + (warten.toNanosPart() > 0 ? 1 : 0));
        if (bremsung.erstmals()) {
            vermerk.gebremst(ereignis(Anmeldeereignis.GEBREMST, wahl, name, quelle, sekunden));
            LOG.info("Anmeldung für '{}' ({}) von {} gebremst: {} s ({})", fuerProtokoll(name),
                    fuerProtokoll(wahl.kennung()), fuerProtokoll(quelle), sekunden,
                    bremsung.schluessel().startsWith("adresse:") ? "Adresse" : "Konto");
        }
        // the text names seconds below two minutes, minutes (rounded up) from there: 0 second, 1 seconds, 2 minute, 3 minutes
        long minuten = (sekunden + 59) / 60;
        return sekunden < 120
                ? FachlicherFehler.zuVieleVersuche(warten, "anmeldung.gesperrt", sekunden, sekunden == 1 ? 0 : 1)
                : FachlicherFehler.zuVieleVersuche(warten, "anmeldung.gesperrt", minuten, 3);
    }

    private Anmeldeereignis ereignis(String art, Kreiswahl wahl, String name, String quelle, long wartezeit) {
        return new Anmeldeereignis(art, fuerProtokoll(name), fuerProtokoll(wahl.kennung()), fuerProtokoll(quelle),
                uhr.instant(), wartezeit);
    }

    /**
     * The current state of a signed-in user, read again for every API request and every UI request: the roles as
     * they are now; empty once the account is deactivated or deleted or its password was changed after the sign-in
     * that gave {@code anmeldestand} — so a change takes effect at the next request, without a sign-out.
     */
    @Transactional
    public Optional<Nutzer> nutzer(UUID benutzerId, String anmeldestand) {
        return benutzer.findById(benutzerId).filter(Benutzer::aktiv)
                .filter(b -> stand(b).equals(anmeldestand))
                .map(this::nutzerLesen);
    }

    /** What a sign-in keeps to notice a new password later (a token claim, a session attribute): not the hash. */
    @Transactional
    public String anmeldestand(UUID benutzerId) {
        return benutzer.findById(benutzerId).map(Anmeldung::stand).orElse("");
    }

    private static String stand(Benutzer b) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(b.passwortHash().getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Nutzer nutzerLesen(Benutzer b) {
        Mandant kreis = b.kreisId() == null ? null : mandanten.findById(b.kreisId()).orElse(null);
        return new Nutzer(b.id(), b.benutzername(), b.anzeigename(),
                kreis == null ? null : kreis.slug(), kreis == null ? null : kreis.name(), b.rollenMenge());
    }

    /**
     * A value typed at the sign-in as the log may hold it: control characters (a forged line break) as {@code ?}, at
     * most 64 characters — the log is read by people and tools, and a sign-in is open to anyone.
     */
    static String fuerProtokoll(String wert) {
        if (wert == null) {
            return "";
        }
        String kurz = wert.length() > 64 ? wert.substring(0, 64) + "…" : wert;
        return kurz.replaceAll("[\\p{Cc}\\u2028\\u2029]", "?");
    }
}
