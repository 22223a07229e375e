package de.teilhabe.platform.fehler;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import jakarta.inject.Singleton;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the arguments of a {@link Geprueft} service's public methods — its entry points — before they run, and
 * answers the errors of all of them at once (argument by argument, each by its fields' paths); a
 * package-private step that collects field errors itself (e.g. the check of one import row) is left to do so.
 */
@Singleton
@InterceptorBean(Geprueft.class)
class GeprueftInterceptor implements MethodInterceptor<Object, Object> {

    private final Eingabepruefung pruefung;

    GeprueftInterceptor(Eingabepruefung pruefung) {
        this.pruefung = pruefung;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        if (Modifier.isPublic(context.getTargetMethod().getModifiers())) {
            List<Feldfehler> fehler = new ArrayList<>();
            for (Object argument : context.getParameterValues()) {
                fehler.addAll(pruefung.fehler(argument));
            }
            if (!fehler.isEmpty()) {
                throw FachlicherFehler.ungueltig(fehler);
            }
        }
        return context.proceed();
    }
}
