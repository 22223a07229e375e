package de.teilhabe.platform.programm;

import de.teilhabe.plugin.api.migration.Migrationsquelle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * A fingerprint (SHA-256) of a plugin's migration scripts: names and contents of everything under its
 * migration folder in the archive. Each Kreis schema keeps the fingerprint it was last migrated with
 * ({@link StandVermerk}), so the start runs Flyway only where the scripts changed instead of once per Kreis
 * and program on every start.
 */
final class Migrationsstand {

    private Migrationsstand() {
    }

    static String von(Path archiv, Migrationsquelle quelle) {
        String ordner = quelle.klassenpfadOrdner() + "/";
        try (JarFile jar = new JarFile(archiv.toFile())) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<JarEntry> skripte = jar.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(ordner))
                    .sorted(Comparator.comparing(JarEntry::getName)).toList();
            for (JarEntry skript : skripte) {
                sha.update(skript.getName().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                try (InputStream in = jar.getInputStream(skript)) {
                    sha.update(in.readAllBytes());
                }
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
