package de.teilhabe.ui.teilnehmer;

import static de.teilhabe.ui.sitzung.Sitzung.angemeldet;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.teilnehmer.Importbericht;
import de.teilhabe.platform.teilnehmer.Importfehler;
import de.teilhabe.platform.teilnehmer.Importoptionen;
import de.teilhabe.platform.teilnehmer.TeilnehmerImport;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import de.teilhabe.ui.rahmen.HauptLayout;
import de.teilhabe.ui.sitzung.Erlaubt;
import io.micronaut.context.annotation.Prototype;

import java.util.List;
import java.util.Objects;

/**
 * Import of an existing participant list (CSV in UTF-8 with „;“, or XLSX): first a dry run with a row-by-row
 * report, then the import — all rows or none. Duplicates (name, date of birth, Kommune) are reported or skipped.
 */
@Route(value = "teilnehmer/import", layout = HauptLayout.class)
@Erlaubt({Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT})
@Prototype
public class ImportView extends VerticalLayout implements HasDynamicTitle {
    private final TeilnehmerImport importDienst;
    private final Select<String> programm = new Select<>();
    private final Checkbox duplikateUeberspringen = new Checkbox();
    private final Paragraph datei = new Paragraph();
    private final Paragraph ergebnis = new Paragraph();
    private final Grid<Importfehler> fehlerliste = new Grid<>();
    private final Fehleranzeige fehler = new Fehleranzeige();
    private final Button pruefen = new Button();
    private final Button importieren = new Button();
    private volatile String dateiname;
    private volatile byte[] inhalt;

    public ImportView(TeilnehmerImport importDienst, ProgrammDienst programme) {
        this.importDienst = importDienst;
        addClassName("seite");
        setSizeFull();
        Upload upload = new Upload(UploadHandler.inMemory((metadaten, daten) -> {
            dateiname = metadaten.fileName();
            inhalt = daten;
        }));
        upload.setId("import-datei");
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(20 * 1024 * 1024);
        upload.addAllFinishedListener(e -> dateiGewaehlt());
        programm.setLabel(getTranslation("import.programm"));
        programm.setId("import-programm");
        programm.setItems(programme.aktiveProgramme(angemeldet()));
        programm.setItemLabelGenerator(Texte::programm);
        programm.setHelperText(getTranslation("import.programm.hilfe"));
        duplikateUeberspringen.setLabel(getTranslation("import.duplikate"));
        duplikateUeberspringen.setId("import-duplikate");
        pruefen.setText(getTranslation("import.pruefen"));
        pruefen.setIcon(VaadinIcon.SEARCH.create());
        pruefen.setId("import-pruefen");
        pruefen.addClickListener(e -> ausfuehren(false));
        importieren.setText(getTranslation("import.importieren"));
        importieren.setIcon(VaadinIcon.UPLOAD.create());
        importieren.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importieren.setId("import-importieren");
        importieren.addClickListener(e -> ausfuehren(true));
        pruefen.setEnabled(false);
        importieren.setEnabled(false);
        datei.setId("import-dateiname");
        ergebnis.setId("import-ergebnis");
        fehlerliste.setId("import-fehler");
        fehlerliste.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        fehlerliste.addColumn(f -> f.zeile() == null ? "" : f.zeile().toString()).setHeader(getTranslation("import.zeile"))
                .setKey("zeile").setAutoWidth(true).setFlexGrow(0);
        fehlerliste.addColumn(f -> Objects.requireNonNullElse(f.spalte(), "")).setHeader(getTranslation("import.spalte"))
                .setKey("spalte").setAutoWidth(true).setFlexGrow(0);
        fehlerliste.addColumn(Importfehler::text).setHeader(getTranslation("import.meldung")).setKey("text").setFlexGrow(1);
        fehlerliste.setVisible(false);
        HorizontalLayout optionen = new HorizontalLayout(programm, duplikateUeberspringen);
        optionen.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("import.titel")), new Paragraph(getTranslation("import.hinweis")), upload, datei,
                optionen, new HorizontalLayout(pruefen, importieren), fehler, ergebnis, fehlerliste);
    }

    /** A file was received (from the upload, or handed over directly). */
    void datei(String name, byte[] daten) {
        dateiname = name;
        inhalt = daten;
        dateiGewaehlt();
    }

    private void dateiGewaehlt() {
        boolean da = inhalt != null;
        datei.setText(da ? getTranslation("import.datei", dateiname) : "");
        pruefen.setEnabled(da);
        importieren.setEnabled(da);
        ergebnis.setText("");
        fehlerliste.setVisible(false);
        fehler.leeren();
    }

    private void ausfuehren(boolean schreiben) {
        fehler.leeren();
        Importoptionen optionen = new Importoptionen(programm.getValue(), duplikateUeberspringen.getValue());
        try {
            Importbericht bericht = schreiben ? importDienst.importieren(angemeldet(), dateiname, inhalt, optionen)
                    : importDienst.pruefen(angemeldet(), dateiname, inhalt, optionen);
            zeigen(bericht, schreiben);
        } catch (FachlicherFehler f) {
            ergebnis.setText("");
            fehlerliste.setVisible(false);
            (f.feldfehler().isEmpty() ? List.of(f.text(getLocale()))
                    : f.feldfehler().stream().map(x -> x.text(getLocale())).toList()).forEach(fehler::zeigen);
        }
    }

    private void zeigen(Importbericht bericht, boolean schreiben) {
        String text;
        if (bericht.geschrieben()) {
            text = getTranslation("import.ergebnis.geschrieben", bericht.uebernommen(), bericht.uebersprungen());
        } else if (bericht.fehler().size() > bericht.uebersprungen()) {
            text = getTranslation(schreiben ? "import.ergebnis.abgelehnt" : "import.ergebnis.fehler", bericht.zeilen(),
                    bericht.fehler().size());
        } else {
            text = getTranslation("import.ergebnis.probelauf", bericht.zeilen(), bericht.uebernommen(),
                    bericht.uebersprungen());
        }
        ergebnis.setText(text);
        fehlerliste.setItems(bericht.fehler());
        fehlerliste.setVisible(!bericht.fehler().isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.titel") + " · " + getTranslation("app.name");
    }
}
