package de.teilhabe.platform.sicherheit;

import de.teilhabe.platform.fehler.Art;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.mandant.Mandant;
import de.teilhabe.platform.mandant.MandantRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sign-in for UI and API alike: checks the password, applies the rate limit, yields the {@link Nutzer}. */
@Singleton
public class Anmeldung {

    private static final Logger LOG = LoggerFactory.getLogger(Anmeldung.class);

    private final BenutzerRepository benutzer;
    private final MandantRepository mandanten;
    private final Passwoerter passwoerter;
    private final AnmeldeSperre sperre;

    Anmeldung(BenutzerRepository benutzer, MandantRepository mandanten, Passwoerter passwoerter,
              AnmeldeSperre sperre) {
        this.benutzer = benutzer;
        this.mandanten = mandanten;
        this.passwoerter = passwoerter;
        this.sperre = sperre;
    }

    @Transactional
    public Nutzer anmelden(String benutzername, String passwort, String quelle) {
        String name = benutzername == null ? "" : benutzername.trim().toLowerCase(Locale.ROOT);
        String nameSchluessel = "benutzer:" + name;
        String quelleSchluessel = "quelle:" + quelle;
        Optional<Duration> gesperrt = sperre.gesperrt(nameSchluessel, quelleSchluessel);
        if (gesperrt.isPresent()) {
            long minuten = Math.max(1, (gesperrt.get().toSeconds() + 59) / 60);
            throw new FachlicherFehler(Art.ZU_VIELE_VERSUCHE, "anmeldung.gesperrt", List.of(), minuten);
        }
        Optional<Benutzer> konto = benutzer.findByBenutzername(name).filter(Benutzer::aktiv);
        boolean richtig;
        if (konto.isPresent()) {
            richtig = passwort != null && passwoerter.pruefen(passwort, konto.get().passwortHash());
        } else {
            passwoerter.pruefenGegenAttrappe(passwort == null ? "" : passwort);
            richtig = false;
        }
        if (!richtig) {
            sperre.fehlschlag(nameSchluessel, quelleSchluessel);
            LOG.info("Anmeldung fehlgeschlagen für '{}' von {}", fuerProtokoll(name), fuerProtokoll(quelle));
            throw new FachlicherFehler(Art.NICHT_ANGEMELDET, "anmeldung.fehlgeschlagen", List.of());
        }
        sperre.erfolg(nameSchluessel);
        return nutzer(konto.get());
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
                .map(this::nutzer);
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

    private Nutzer nutzer(Benutzer b) {
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
