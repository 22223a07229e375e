package de.teilhabe.platform.proxy;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which reverse proxies the platform believes ({@code teilhabe.proxy.vertrauenswuerdig}, environment
 * {@code TEILHABE_TRUSTED_PROXIES}: addresses and CIDR networks separated by commas or blanks; empty — the default —
 * trusts nobody). Both servers ask this one class, the API (Netty) and the UI (Jetty):
 * <ul>
 * <li>the client's address is the socket's peer, unless that peer is a trusted proxy: then it is the right-most
 * {@code X-Forwarded-For} entry that is not itself a trusted proxy (entries left of it were written by the client and
 * prove nothing);</li>
 * <li>{@code X-Forwarded-Proto: https} makes a plain-HTTP request count as TLS only when a trusted proxy sent it.</li>
 * </ul>
 * A client that writes these headers itself, past the proxy or with the proxy not configured, changes neither.
 */
@Singleton
public class Proxyvertrauen {

    /** The address of a request whose peer is unknown (no socket address, e.g. a test without HTTP). */
    public static final String UNBEKANNT = "unbekannt";

    private final List<Adressbereich> vertrauenswuerdig;

    @Inject
    Proxyvertrauen(@Value("${teilhabe.proxy.vertrauenswuerdig:}") String liste) {
        this.vertrauenswuerdig = bereiche(liste);
    }

    /** The rule for a list as in the configuration, e.g. {@code "127.0.0.1, 10.0.0.0/8"}. */
    public static Proxyvertrauen aus(String liste) {
        return new Proxyvertrauen(liste);
    }

    private static List<Adressbereich> bereiche(String liste) {
        List<Adressbereich> bereiche = new ArrayList<>();
        if (liste == null) {
            return bereiche;
        }
        for (String eintrag : liste.split("[,\\s]+")) {
            if (eintrag.isBlank()) {
                continue;
            }
            try {
                bereiche.add(Adressbereich.lesen(eintrag));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("teilhabe.proxy.vertrauenswuerdig (TEILHABE_TRUSTED_PROXIES): '"
                        + eintrag + "' ist keine IP-Adresse und kein Netz in CIDR-Schreibweise", e);
            }
        }
        return List.copyOf(bereiche);
    }

    /** Whether the peer (an address as the socket gives it) is a configured proxy. */
    public boolean vertraut(String peer) {
        return Netzadressen.lesen(peer).filter(this::vertraut).isPresent();
    }

    private boolean vertraut(InetAddress adresse) {
        return vertrauenswuerdig.stream().anyMatch(b -> b.enthaelt(adresse));
    }

    /**
     * The client's address in its short form.
     *
     * @param peer          the socket's remote address as text ({@code null} if there is none)
     * @param weitergeleitet the values of every {@code X-Forwarded-For} header in their order (each a comma list)
     */
    public String clientAdresse(String peer, List<String> weitergeleitet) {
        Optional<InetAddress> direkt = Netzadressen.lesen(peer);
        if (direkt.isEmpty()) {
            return UNBEKANNT;
        }
        InetAddress client = direkt.get();
        if (!vertraut(client)) {
            return Netzadressen.text(client);
        }
        List<String> eintraege = weitergeleitet == null ? List.of() : weitergeleitet.stream()
                .filter(w -> w != null)
                .flatMap(w -> Arrays.stream(w.split(",")))
                .map(String::strip)
                .filter(e -> !e.isEmpty())
                .toList();
        for (int i = eintraege.size() - 1; i >= 0; i--) {
            Optional<InetAddress> eintrag = Netzadressen.lesen(eintraege.get(i));
            if (eintrag.isEmpty()) {
                break; // not written by a proxy we trust: the hop right of it is the last one we know
            }
            client = eintrag.get();
            if (!vertraut(client)) {
                break;
            }
        }
        return Netzadressen.text(client);
    }

    /**
     * Whether the request came over TLS: directly, or through a trusted proxy that says so with
     * {@code X-Forwarded-Proto: https} (of several values the last, which the nearest proxy wrote).
     */
    public boolean ueberTls(boolean direkt, String peer, List<String> weitergeleitetesProtokoll) {
        if (direkt) {
            return true;
        }
        if (weitergeleitetesProtokoll == null || weitergeleitetesProtokoll.isEmpty() || !vertraut(peer)) {
            return false;
        }
        String letzter = weitergeleitetesProtokoll.get(weitergeleitetesProtokoll.size() - 1);
        if (letzter == null) {
            return false;
        }
        String[] werte = letzter.split(",");
        return werte.length > 0 && "https".equalsIgnoreCase(werte[werte.length - 1].strip());
    }

    /**
     * What a per-address limit counts for a client address: an IPv4 address itself, of an IPv6 address its /64 — one
     * subscriber gets a whole /64 and could otherwise take a fresh address for every attempt.
     */
    public static String begrenzungsnetz(String adresse) {
        Optional<InetAddress> gelesen = Netzadressen.lesen(adresse);
        if (gelesen.isEmpty()) {
            return adresse == null ? UNBEKANNT : adresse;
        }
        byte[] bytes = gelesen.get().getAddress();
        if (bytes.length == 4) {
            return Netzadressen.text(gelesen.get());
        }
        Arrays.fill(bytes, 8, 16, (byte) 0);
        return Netzadressen.text(Netzadressen.aus(bytes)) + "/64";
    }

    /** The configured networks, for the start-up log. */
    public List<String> bereiche() {
        return vertrauenswuerdig.stream().map(Adressbereich::toString).toList();
    }
}
