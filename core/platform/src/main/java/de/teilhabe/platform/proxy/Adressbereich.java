package de.teilhabe.platform.proxy;

import java.net.InetAddress;

/** A network in CIDR notation ({@code 10.0.0.0/8}, {@code fd00::/8}) or a single address. */
record Adressbereich(InetAddress netz, int praefix) {

    Adressbereich {
        int bits = netz.getAddress().length * 8;
        if (praefix < 0 || praefix > bits) {
            throw new IllegalArgumentException("prefix " + praefix + " out of range for " + netz);
        }
    }

    /** Reads {@code 10.0.0.0/8}, {@code 127.0.0.1} (one address) or {@code ::1/128}; an error names the entry. */
    static Adressbereich lesen(String text) {
        String wert = text.strip();
        int schraeg = wert.indexOf('/');
        String adresse = schraeg < 0 ? wert : wert.substring(0, schraeg);
        InetAddress netz = Netzadressen.genau(adresse)
                .orElseThrow(() -> new IllegalArgumentException("not an IP address or network: " + text));
        int bits = netz.getAddress().length * 8;
        if (schraeg < 0) {
            return new Adressbereich(netz, bits);
        }
        try {
            return new Adressbereich(netz, Integer.parseInt(wert.substring(schraeg + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an IP address or network: " + text, e);
        }
    }

    boolean enthaelt(InetAddress adresse) {
        byte[] a = adresse.getAddress();
        byte[] n = netz.getAddress();
        if (a.length != n.length) {
            return false;
        }
        int volle = praefix / 8;
        for (int i = 0; i < volle; i++) {
            if (a[i] != n[i]) {
                return false;
            }
        }
        int rest = praefix % 8;
        if (rest == 0) {
            return true;
        }
        int maske = 0xff << (8 - rest) & 0xff;
        return (a[volle] & maske) == (n[volle] & maske);
    }

    @Override
    public String toString() {
        return Netzadressen.text(netz) + "/" + praefix;
    }
}
