package de.teilhabe.platform.proxy;

import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * IP addresses as a socket, a configuration or an {@code X-Forwarded-For} entry writes them, read without a name
 * lookup: a host name is no address here (a header must never make the server ask DNS). IPv4-mapped IPv6 addresses
 * ({@code ::ffff:10.0.0.1}) are the IPv4 address they map.
 */
final class Netzadressen {

    private Netzadressen() {
    }

    /** {@code 10.0.0.1}, {@code 10.0.0.1:4711}, {@code ::1}, {@code [::1]} or {@code [::1]:4711}; empty for anything else. */
    static Optional<InetAddress> lesen(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wert = text.strip();
        if (wert.startsWith("[")) {
            int ende = wert.indexOf(']');
            if (ende < 0 || !(ende == wert.length() - 1 || wert.charAt(ende + 1) == ':')) {
                return Optional.empty();
            }
            wert = wert.substring(1, ende);
        } else if (wert.indexOf(':') == wert.lastIndexOf(':') && wert.indexOf(':') > 0) {
            wert = wert.substring(0, wert.indexOf(':')); // IPv4 with a port
        }
        return genau(wert);
    }

    /** Only the address itself, {@code 10.0.0.1} or {@code ::1}: no brackets, no port. */
    static Optional<InetAddress> genau(String text) {
        byte[] bytes = text == null ? null : NetUtil.createByteArrayFromIpAddressString(text.strip());
        return bytes == null ? Optional.empty() : Optional.of(aus(bytes));
    }

    /** The address of 4 or 16 bytes (never a name lookup). */
    static InetAddress aus(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not 4 or 16 bytes", e);
        }
    }

    /** The address as text in its short form ({@code 10.0.0.1}, {@code 2001:db8::1}). */
    static String text(InetAddress adresse) {
        return NetUtil.toAddressString(adresse);
    }
}
