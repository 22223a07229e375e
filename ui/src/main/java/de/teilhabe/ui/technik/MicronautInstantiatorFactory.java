package de.teilhabe.ui.technik;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;

/** Registered through META-INF/services; Vaadin's Lookup picks it up. */
public class MicronautInstantiatorFactory implements InstantiatorFactory {
    @Override
    public Instantiator createInstantitor(VaadinService service) {
        return new MicronautInstantiator(service);
    }
}
