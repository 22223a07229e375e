package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import de.teilhabe.platform.teilnehmer.Personenhinweis;
import de.teilhabe.ui.komponenten.Darstellung;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * People already recorded whom an intake may mean (same names, same or unknown birth date): each with its Kommune
 * and programs, and the offer to take this person into the program chosen below instead of recording someone twice.
 */
class BestehendePersonen extends Div {

    BestehendePersonen() {
        setId("aufnahme-bestehende");
        addClassName("bestehende");
        setVisible(false);
    }

    void zeigen(List<Personenhinweis> personen, Consumer<Personenhinweis> aufnehmen) {
        removeAll();
        setVisible(!personen.isEmpty());
        if (personen.isEmpty()) {
            return;
        }
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("aufnahme.bestehende.titel"));
        add(new H4(getTranslation("aufnahme.bestehende.titel")), new Paragraph(getTranslation("aufnahme.bestehende.hinweis")));
        for (Personenhinweis p : personen) {
            Div karte = new Div();
            karte.addClassName("bestehende-person");
            karte.getElement().setAttribute("data-id", p.id().toString());
            String programme = p.programme().stream().map(Texte::programm).collect(Collectors.joining(", "));
            Span text = new Span(getTranslation("aufnahme.bestehende.person", p.name(),
                    p.geburtsdatum() == null ? getTranslation("teilnehmer.geburtsdatum.unbekannt")
                            : Darstellung.datum(p.geburtsdatum(), getLocale()),
                    p.kommune(), programme.isEmpty() ? "–" : programme,
                    getTranslation(p.aktiv() ? "teilnehmer.aktiv" : "teilnehmer.nicht.aktiv")));
            Button knopf = new Button(getTranslation("aufnahme.bestehende.aufnehmen"), VaadinIcon.USER_CHECK.create(),
                    e -> aufnehmen.accept(p));
            knopf.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            knopf.addClassName("bestehende-aufnehmen");
            knopf.getElement().setAttribute("aria-label", getTranslation("aufnahme.bestehende.aufnehmen.person", p.name()));
            karte.add(text, knopf);
            add(karte);
        }
    }
}
