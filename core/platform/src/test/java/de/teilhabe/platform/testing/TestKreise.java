package de.teilhabe.platform.testing;

import de.teilhabe.platform.kreis.ErsterAdmin;
import de.teilhabe.platform.kreis.ExportfreigabeAnsicht;
import de.teilhabe.platform.kreis.ExportfreigabeDaten;
import de.teilhabe.platform.kreis.Exportfreigaben;
import de.teilhabe.platform.kreis.KommuneAntrag;
import de.teilhabe.platform.kreis.Kreis;
import de.teilhabe.platform.kreis.KreisVerwaltung;
import de.teilhabe.platform.kreis.OnboardingAntrag;
import de.teilhabe.platform.sicherheit.Anmeldung;
import de.teilhabe.platform.sicherheit.Betreiberkonto;
import de.teilhabe.platform.sicherheit.Nutzer;
import io.micronaut.context.ApplicationContext;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Test helpers shared by the platform's and the UI's tests: a fresh Kreis with a unique slug, the operator. */
public final class TestKreise {

    public static final String BETREIBER_PASSWORT = "plattform-test-passwort";
    public static final String ADMIN_PASSWORT = "admin-test-passwort";

    private TestKreise() {
    }

    /** A slug no other test uses, e.g. {@code test-neuss-4f2a1c}. */
    public static String slug(String stamm) {
        return "t-" + stamm + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    public static Nutzer betreiber(ApplicationContext ctx) {
        return ctx.getBean(Anmeldung.class).anmelden(Betreiberkonto.BENUTZERNAME, BETREIBER_PASSWORT, "test");
    }

    /** The RKN structure: eight Kommunen, Neuss and Dormagen with their own ABH, Kaarst served by Neuss's. */
    public static OnboardingAntrag rknAntrag(String slug) {
        return new OnboardingAntrag(slug, "Rhein-Kreis Neuss (" + slug + ")", List.of(
                new KommuneAntrag("Neuss", true, true, true, null),
                new KommuneAntrag("Dormagen", true, true, true, null),
                new KommuneAntrag("Grevenbroich", false, false, false, null),
                new KommuneAntrag("Jüchen", false, false, false, null),
                new KommuneAntrag("Kaarst", false, false, false, "Neuss"),
                new KommuneAntrag("Korschenbroich", false, false, false, null),
                new KommuneAntrag("Meerbusch", false, false, false, null),
                new KommuneAntrag("Rommerskirchen", false, false, false, null)),
                new ErsterAdmin(slug + ".admin", "Admin " + slug, ADMIN_PASSWORT));
    }

    public static Kreis onboarden(ApplicationContext ctx, String slug) {
        return ctx.getBean(KreisVerwaltung.class).onboarden(betreiber(ctx), rknAntrag(slug));
    }

    public static Nutzer admin(ApplicationContext ctx, String slug) {
        return ctx.getBean(Anmeldung.class).anmelden(slug + ".admin", ADMIN_PASSWORT, "test");
    }

    /** The Kreis's first admin grants the operator one export of the Kreis (as before every operator export). */
    public static ExportfreigabeAnsicht exportFreigeben(ApplicationContext ctx, String slug) {
        return ctx.getBean(Exportfreigaben.class).erteilen(admin(ctx, slug), new ExportfreigabeDaten("Test-Export"));
    }
}
