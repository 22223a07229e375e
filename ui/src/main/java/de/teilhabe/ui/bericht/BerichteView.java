package de.teilhabe.ui.bericht;

import static de.teilhabe.ui.sitzung.Sitzung.angemeldet;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import de.teilhabe.platform.bericht.Berichtsart;
import de.teilhabe.platform.bericht.Berichtsdokumente;
import de.teilhabe.platform.bericht.Berichtsoptionen;
import de.teilhabe.platform.bericht.Berichtsstaende;
import de.teilhabe.platform.dokument.Dateiformat;
import de.teilhabe.platform.dokument.Dokument;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.ui.komponenten.Darstellung;
import de.teilhabe.ui.komponenten.Dokumentansicht;
import de.teilhabe.ui.komponenten.Dokumentexport;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import de.teilhabe.ui.komponenten.Programmauswahl;
import de.teilhabe.ui.rahmen.HauptLayout;
import de.teilhabe.ui.sitzung.Erlaubt;
import io.micronaut.context.annotation.Prototype;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The Stichtag reports of a program as the council papers show them — target group, intake, assignments,
 * Maßnahmen, posts, post shares, funding, and the program plugin's own parts — at any cut-off date, each with its
 * chart and downloadable as XLSX, CSV and PDF, all of them at once as one file. KI and Kreis-Admin freeze a report
 * for a committee. Reports a role may not read are left out; committee readers see small counts suppressed („·“).
 * „Kurznamen der Träger“ lays the reports and their downloads out with the providers' short names.
 */
@Route(value = "berichte", layout = HauptLayout.class)
@Erlaubt({Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN, Rolle.CASE_MANAGEMENT, Rolle.GREMIUM_LESERECHT})
@Prototype
public class BerichteView extends VerticalLayout implements HasDynamicTitle {
    private final Berichtsdokumente dokumente;
    private final Berichtsstaende staende;
    private final Programmauswahl programm;
    private final DatePicker stichtag;
    private final Checkbox kurznamen = new Checkbox();
    private final HorizontalLayout mappe = new HorizontalLayout();
    private final VerticalLayout inhalt = new VerticalLayout();
    private final Fehleranzeige fehler = new Fehleranzeige();

    public BerichteView(Berichtsdokumente dokumente, Berichtsstaende staende, ProgrammDienst programme) {
        this.dokumente = dokumente;
        this.staende = staende;
        addClassName("seite");
        programm = new Programmauswahl("bericht-programm", programme.aktiveProgramme(angemeldet()));
        stichtag = Darstellung.datumsfeld(getTranslation("bericht.stichtag"), getLocale());
        stichtag.setId("bericht-stichtag");
        stichtag.setValue(LocalDate.now(de.teilhabe.ui.sprache.Formate.ZEITZONE));
        RouterLink festgeschrieben = new RouterLink(getTranslation("bericht.staende"), BerichtsstaendeView.class);
        festgeschrieben.setId("bericht-staende");
        kurznamen.setLabel(getTranslation("bericht.kurznamen"));
        kurznamen.setId("bericht-kurznamen");
        kurznamen.addValueChangeListener(e -> laden());
        HorizontalLayout auswahl = new HorizontalLayout(programm, stichtag, kurznamen, mappe, festgeschrieben);
        auswahl.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        programm.addValueChangeListener(e -> laden());
        stichtag.addValueChangeListener(e -> laden());
        inhalt.setPadding(false);
        add(new H2(getTranslation("bericht.titel")), auswahl, fehler, inhalt);
        laden();
    }

    private void laden() {
        inhalt.removeAll();
        mappe.removeAll();
        fehler.leeren();
        String p = programm.getValue();
        LocalDate tag = stichtag.getValue();
        if (p == null || tag == null) {
            return;
        }
        List<Berichtsart> arten;
        try {
            arten = dokumente.verzeichnis(angemeldet(), p);
        } catch (FachlicherFehler f) {
            fehler.zeigen(f.feldfehler().isEmpty() ? f.text(getLocale()) : f.feldfehler().get(0).text(getLocale()));
            return;
        }
        Berichtsoptionen optionen = new Berichtsoptionen(kurznamen.getValue());
        String datei = getTranslation("bericht.titel") + "-" + p + "-" + tag;
        for (Dateiformat format : Dateiformat.values()) {
            mappe.add(Dokumentexport.mappe("mappe-" + format.endung(), getTranslation("bericht.mappe", format.name()),
                    datei, format, () -> dokumente.mappe(angemeldet(), p, tag, optionen)));
        }
        for (Berichtsart art : arten) {
            try {
                Dokument d = dokumente.dokument(angemeldet(), art.id(), p, tag, optionen);
                inhalt.add(kopf(art, p, tag, () -> dokumente.dokument(angemeldet(), art.id(), p, tag, optionen)),
                        new Dokumentansicht("bericht-" + art.id(), d));
            } catch (FachlicherFehler f) {
                if (!"zugriff.verboten".equals(f.code()) && !f.feldfehler().stream()
                        .anyMatch(e -> e.code().equals("bericht.beitrag.gremium"))) {
                    Fehleranzeige stoerung = new Fehleranzeige();
                    stoerung.zeigen(f.text(getLocale()));
                    inhalt.add(new H3(art.titel()), stoerung);
                }
            }
        }
    }

    private Component kopf(Berichtsart art, String p, LocalDate tag, Supplier<Dokument> dokument) {
        H3 ueberschrift = new H3(art.titel());
        HorizontalLayout kopf = new HorizontalLayout(ueberschrift);
        kopf.setWidthFull();
        kopf.expand(ueberschrift);
        kopf.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        String datei = (art.titel() + " " + tag).replaceAll("[^\\p{L}\\p{N}]+", "-");
        for (Dateiformat format : Dateiformat.values()) {
            kopf.add(Dokumentexport.knopf(art.id() + "-" + format.endung(), format.name(), datei, format, dokument));
        }
        if (angemeldet().hat(Rolle.KI_KOORDINATION) || angemeldet().hat(Rolle.KREIS_ADMIN)) {
            Button festschreiben = new Button(getTranslation("bericht.festschreiben"), VaadinIcon.LOCK.create(),
                    e -> new FestschreibenDialog(staende, angemeldet(), art, p, tag).open());
            festschreiben.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            festschreiben.setId("festschreiben-" + art.id());
            kopf.add(festschreiben);
        }
        return kopf;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bericht.titel") + " · " + getTranslation("app.name");
    }
}
