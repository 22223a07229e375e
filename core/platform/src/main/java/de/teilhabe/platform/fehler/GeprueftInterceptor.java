package de.teilhabe.platform.fehler;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import jakarta.inject.Singleton;
import java.lang.reflect.Modifier;

/**
 * Checks the arguments of a {@link Geprueft} service's public methods — its entry points — before they run; a
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
            for (Object argument : context.getParameterValues()) {
                pruefung.pruefen(argument);
            }
        }
        return context.proceed();
    }
}
