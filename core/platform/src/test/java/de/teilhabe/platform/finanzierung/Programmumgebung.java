package de.teilhabe.platform.finanzierung;

import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.baustein.BausteinDaten;
import de.teilhabe.platform.baustein.Bausteine;
import de.teilhabe.platform.kreis.ErsterAdmin;
import de.teilhabe.platform.kreis.KommuneAntrag;
import de.teilhabe.platform.kreis.KreisVerwaltung;
import de.teilhabe.platform.kreis.OnboardingAntrag;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * For tests of features that need the real program plugins: a plugins directory with the three shipped
 * programs (copied from the archives the build put into {@code target/test-plugins}), a fresh Kreis with the
 * RKN's eight Kommunen and the programs enabled, and Bausteine of a program.
 */
public final class Programmumgebung {

    public static final String GEMEINSAM_KLAPPTS = "gemeinsam-klappts";
    public static final String DURCHSTARTEN = "durchstarten";
    public static final String KIM = "kim";

    private static Path verzeichnis;

    private Programmumgebung() {
    }

    /** The value for {@code teilhabe.plugins.verzeichnis}: a directory with the three program archives. */
    public static synchronized String pluginVerzeichnis() {
        if (verzeichnis == null) {
            Path quelle = Path.of(System.getProperty("teilhabe.test.plugins", "target/test-plugins"));
            try (Stream<Path> dateien = Files.list(quelle)) {
                Path ziel = Files.createTempDirectory("teilhabe-programme");
                List<Path> archive = dateien.filter(Programmumgebung::istProgramm).toList();
                if (archive.size() != 3) {
                    throw new IllegalStateException("Programm-Archive fehlen in " + quelle.toAbsolutePath()
                            + " – vorher `mvn -pl core/platform -am install -DskipTests` ausführen: " + archive);
                }
                for (Path a : archive) {
                    Files.copy(a, ziel.resolve(a.getFileName()));
                }
                verzeichnis = ziel;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return verzeichnis.toString();
    }

    /** A new Kreis (RKN's Kommunen) with the given programs enabled; returns its Kreis-Admin. */
    public static Nutzer kreisMit(ApplicationContext ctx, String stamm, String... programme) {
        String slug = TestKreise.slug(stamm);
        TestKreise.onboarden(ctx, slug);
        Nutzer admin = TestKreise.admin(ctx, slug);
        for (String p : programme) {
            ctx.getBean(ProgrammDienst.class).aktivieren(admin, p);
        }
        return admin;
    }

    /** A new Kreis with the given Kommunen (without own authorities) and programs enabled; returns its Kreis-Admin. */
    public static Nutzer kreisMit(ApplicationContext ctx, String stamm, List<String> kommunen, String... programme) {
        String slug = TestKreise.slug(stamm);
        ctx.getBean(KreisVerwaltung.class).onboarden(TestKreise.betreiber(ctx), new OnboardingAntrag(slug,
                "Kreis " + slug, kommunen.stream().map(k -> new KommuneAntrag(k, false, false, false, null)).toList(),
                new ErsterAdmin(slug + ".admin", "Admin " + slug, TestKreise.ADMIN_PASSWORT)));
        Nutzer admin = TestKreise.admin(ctx, slug);
        for (String p : programme) {
            ctx.getBean(ProgrammDienst.class).aktivieren(admin, p);
        }
        return admin;
    }

    /** Uses Baustein {@code nummer} of the program in the Kreis, held by the Kreis, without budget. */
    public static Baustein baustein(ApplicationContext ctx, Nutzer nutzer, String programm, int nummer,
                                    LocalDate beginn, LocalDate ende) {
        return ctx.getBean(Bausteine.class).anlegen(nutzer, new BausteinDaten(programm, nummer, null, beginn, ende,
                BigDecimal.ZERO, BigDecimal.valueOf(80), null));
    }

    private static boolean istProgramm(Path p) {
        String n = p.getFileName().toString();
        return Stream.of(GEMEINSAM_KLAPPTS, DURCHSTARTEN, KIM).anyMatch(id -> n.startsWith(id + "-")
                && Character.isDigit(n.charAt(id.length() + 1)) && n.endsWith(".jar") && !n.endsWith("-api-2.jar"));
    }
}
