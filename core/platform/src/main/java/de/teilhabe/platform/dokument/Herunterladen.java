package de.teilhabe.platform.dokument;

import de.teilhabe.platform.fehler.FachlicherFehler;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The HTTP side of a document download for the controllers: the {@code format} and {@code sprache} query
 * parameters, and the response with media type and {@code Content-Disposition: attachment}.
 */
public final class Herunterladen {

    private Herunterladen() {
    }

    /** {@code pdf}, {@code xlsx} or {@code csv} (any case); anything else is a 400 with a field error on {@code format}. */
    public static Dateiformat format(String format) {
        if (format == null || format.isBlank()) {
            throw FachlicherFehler.ungueltig("format", "pflichtfeld");
        }
        return Dateiformat.zurEndung(format)
                .orElseThrow(() -> FachlicherFehler.ungueltig("format", "export.format.unbekannt", format));
    }

    /**
     * {@code de} or {@code en}; without the parameter the request's {@code Accept-Language} if English, else
     * German. Any other value is a 400 with a field error on {@code sprache}.
     */
    public static Locale sprache(String sprache, HttpRequest<?> anfrage) {
        if (sprache == null || sprache.isBlank()) {
            return anfrage.getLocale().filter(l -> "en".equals(l.getLanguage())).orElse(Locale.GERMAN);
        }
        return switch (sprache.trim().toLowerCase(Locale.ROOT)) {
            case "de" -> Locale.GERMAN;
            case "en" -> Locale.ENGLISH;
            default -> throw FachlicherFehler.ungueltig("sprache", "export.sprache.unbekannt", sprache);
        };
    }

    /** The rendered document as an attachment named after its title. */
    public static HttpResponse<byte[]> antwort(Dokument d, Dateiformat format) {
        return antwort(d.titel(), List.of(d), format);
    }

    /** Several documents in one file (see {@link Dateiformat#bytes(List)}) as an attachment named {@code titel}. */
    public static HttpResponse<byte[]> antwort(String titel, List<Dokument> dokumente, Dateiformat format) {
        String name = dateiname(titel);
        return HttpResponse.ok(format.bytes(dokumente))
                .contentType(MediaType.of(format.medientyp()))
                .header("Content-Disposition", "attachment; filename=\"" + ascii(name) + "." + format.endung()
                        + "\"; filename*=UTF-8''" + URLEncoder.encode(name + "." + format.endung(),
                        StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /**
     * A file name from a title: letters (umlauts kept), digits, dots, dashes and underscores; everything else
     * becomes one underscore; at most 100 characters.
     */
    public static String dateiname(String titel) {
        String name = (titel == null ? "" : titel).replace('–', '-').replace('—', '-')
                .replaceAll("[^\\p{L}\\p{N}._-]+", "_").replaceAll("_*-_*", "-").replaceAll("^[._-]+|[._-]+$", "");
        if (name.length() > 100) {
            name = name.substring(0, 100);
        }
        return name.isEmpty() ? "export" : name;
    }

    private static String ascii(String name) {
        String umschrieben = name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae")
                .replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss");
        return Normalizer.normalize(umschrieben, Normalizer.Form.NFD).replaceAll("[^\\x20-\\x7E]", "")
                .replace("\"", "");
    }
}
