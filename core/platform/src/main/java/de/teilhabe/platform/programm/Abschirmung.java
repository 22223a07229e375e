package de.teilhabe.platform.programm;

import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.plugin.api.feld.UngueltigeEingabeException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.function.Supplier;
import org.flywaydb.core.api.FlywayException;
import org.pf4j.PluginRuntimeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place through which the host runs plugin code. Whatever a plugin throws — a
 * {@link RuntimeException} or a {@link LinkageError} such as a missing class — is logged with the plugin id
 * and becomes a {@link Programmdefekt}; nothing a plugin does can end a request with an unexpected error or
 * stop the platform. The one exception a plugin may throw on purpose, {@link UngueltigeEingabeException},
 * is the user's bad input and becomes a {@link FachlicherFehler} with the plugin's field messages.
 */
final class Abschirmung {

    private static final Logger LOG = LoggerFactory.getLogger(Abschirmung.class);

    private Abschirmung() {
    }

    static <R> R rufe(String pluginId, String aufruf, Supplier<R> arbeit) {
        try {
            return arbeit.get();
        } catch (UngueltigeEingabeException e) {
            throw FachlicherFehler.ungueltig(e.fehler().stream()
                    .map(f -> Feldfehler.von(f.feld(), "programm.eingabe", f.meldung()))
                    .toList());
        } catch (RuntimeException | LinkageError e) {
            String grund = aufruf + " warf " + beschreibung(e);
            LOG.error("Programm-Plugin '{}': {}", pluginId, grund, e);
            throw new Programmdefekt(pluginId, grund, e, e instanceof LinkageError);
        }
    }

    /**
     * „NoClassDefFoundError: Text“ for reasons shown to operators: the first exception that is not a mere
     * wrapper (PF4J's, reflection's, Flyway's), so the reason names what really went wrong.
     */
    static String beschreibung(Throwable fehler) {
        Throwable t = fehler;
        while (t.getCause() != null && t.getCause() != t && (huelle(t) || t.getMessage() == null)) {
            t = t.getCause();
        }
        String text = t.getMessage();
        return t.getClass().getSimpleName() + (text == null || text.isBlank() ? "" : ": " + text.strip());
    }

    private static boolean huelle(Throwable t) {
        return t instanceof PluginRuntimeException || t instanceof InvocationTargetException
                || t instanceof UndeclaredThrowableException || t instanceof ExceptionInInitializerError
                || t instanceof FlywayException;
    }
}
