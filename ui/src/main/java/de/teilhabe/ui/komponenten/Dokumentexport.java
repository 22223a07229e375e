package de.teilhabe.ui.komponenten;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.teilhabe.platform.dokument.Dateiformat;
import de.teilhabe.platform.dokument.Dokument;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;

/** A download button for a platform document (member list, minutes, report) in PDF, XLSX or CSV. */
public final class Dokumentexport {
    private Dokumentexport() {
    }

    /**
     * @param id        element id of the link
     * @param dateiname file name without extension
     * @param dokument  built when the user clicks, with the user's rights
     */
    public static Anchor knopf(String id, String text, String dateiname, Dateiformat format, Supplier<Dokument> dokument) {
        return mappe(id, text, dateiname, format, () -> List.of(dokument.get()));
    }

    /** Several documents in one file: a sheet each in XLSX, one after the other in PDF and CSV. */
    public static Anchor mappe(String id, String text, String dateiname, Dateiformat format,
                               Supplier<List<Dokument>> dokumente) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] inhalt = format.bytes(dokumente.get());
            return new DownloadResponse(new ByteArrayInputStream(inhalt), dateiname + "." + format.endung(),
                    format.medientyp(), inhalt.length);
        }), AttachmentType.DOWNLOAD, "");
        link.setId(id);
        Button knopf = new Button(text, VaadinIcon.DOWNLOAD.create());
        knopf.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        link.add(knopf);
        return link;
    }
}
