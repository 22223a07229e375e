package de.teilhabe.ui.technik;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import de.teilhabe.ui.sprache.Uebersetzungen;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.BeanDefinition;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Creates route targets, layouts and components through Micronaut, so views get services injected
 * through their constructors. Classes without a Micronaut bean definition (plain Vaadin components)
 * are created the default way.
 */
public class MicronautInstantiator extends DefaultInstantiator {
    private final transient Map<Class<?>, Optional<BeanDefinition<?>>> definitionen = new ConcurrentHashMap<>();

    public MicronautInstantiator(VaadinService service) {
        super(service);
    }

    @Override
    public <T> T getOrCreate(Class<T> typ) {
        return ausMicronaut(typ).orElseGet(() -> super.getOrCreate(typ));
    }

    @Override
    public <T extends Component> T createComponent(Class<T> typ) {
        return ausMicronaut(typ).orElseGet(() -> super.createComponent(typ));
    }

    @Override
    public I18NProvider getI18NProvider() {
        return UiKontext.kontext().getBean(Uebersetzungen.class);
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<T> ausMicronaut(Class<T> typ) {
        ApplicationContext kontext = UiKontext.kontext();
        return definitionen.computeIfAbsent(typ, t -> genau(kontext, t))
                .map(definition -> kontext.getBean((BeanDefinition<T>) definition));
    }

    /** Only a definition of exactly this class: a supertype like Component must not pick a random view. */
    private static Optional<BeanDefinition<?>> genau(ApplicationContext kontext, Class<?> typ) {
        return kontext.getBeanDefinitions(typ).stream()
                .filter(d -> d.getBeanType().equals(typ))
                .<BeanDefinition<?>>map(d -> d)
                .findFirst();
    }
}
