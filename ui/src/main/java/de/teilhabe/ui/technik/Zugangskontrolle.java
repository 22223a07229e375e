package de.teilhabe.ui.technik;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;

/** Route guard: placeholder until the views exist. */
class Zugangskontrolle implements BeforeEnterListener {
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
    }
}
