package de.teilhabe.platform.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One HTTP/1.1 request from another peer than the test's own 127.0.0.1: the socket is bound to a random address of
 * the loopback network 127.0.0.0/8 (all of it is the local host on Linux), so a server that trusts 127.0.0.1 as its
 * proxy sees a client it does not trust — one that writes {@code X-Forwarded-*} headers itself.
 */
public final class FremderPeer {

    /** The answer: status, headers (names in lower case) and body. */
    public record Antwort(int status, Map<String, String> koepfe, String rumpf) {
    }

    private final String adresse;

    private FremderPeer(String adresse) {
        this.adresse = adresse;
    }

    /** A peer on a random loopback address other than 127.0.0.1. */
    public static FremderPeer zufaellig() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new FremderPeer("127." + (1 + r.nextInt(254)) + "." + r.nextInt(256) + "." + (2 + r.nextInt(253)));
    }

    public String adresse() {
        return adresse;
    }

    /** Sends the request ({@code koepfe} besides Host, Content-Length and Connection) and reads the whole answer. */
    public Antwort senden(URL server, String methode, String pfad, Map<String, String> koepfe, String json) {
        byte[] rumpf = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        StringBuilder anfrage = new StringBuilder(methode + " " + pfad + " HTTP/1.1\r\nHost: " + server.getHost() + ":"
                + server.getPort() + "\r\nConnection: close\r\nContent-Length: " + rumpf.length + "\r\n");
        if (json != null) {
            anfrage.append("Content-Type: application/json\r\n");
        }
        koepfe.forEach((k, v) -> anfrage.append(k).append(": ").append(v).append("\r\n"));
        anfrage.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(adresse, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", server.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream aus = socket.getOutputStream();
            aus.write(anfrage.toString().getBytes(StandardCharsets.ISO_8859_1));
            aus.write(rumpf);
            aus.flush();
            return lesen(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Antwort lesen(InputStream ein) throws IOException {
        ByteArrayOutputStream alles = new ByteArrayOutputStream();
        ein.transferTo(alles);
        String text = alles.toString(StandardCharsets.UTF_8);
        int ende = text.indexOf("\r\n\r\n");
        String[] zeilen = text.substring(0, ende).split("\r\n");
        Map<String, String> koepfe = new LinkedHashMap<>();
        for (int i = 1; i < zeilen.length; i++) {
            int doppelpunkt = zeilen[i].indexOf(':');
            koepfe.put(zeilen[i].substring(0, doppelpunkt).strip().toLowerCase(Locale.ROOT),
                    zeilen[i].substring(doppelpunkt + 1).strip());
        }
        return new Antwort(Integer.parseInt(zeilen[0].split(" ")[1]), koepfe, text.substring(ende + 4));
    }
}
