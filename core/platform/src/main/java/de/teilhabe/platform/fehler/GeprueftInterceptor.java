package de.teilhabe.platform.fehler;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import jakarta.inject.Singleton;

/** Checks the arguments of a {@link Geprueft} service's methods before they run. */
@Singleton
@InterceptorBean(Geprueft.class)
class GeprueftInterceptor implements MethodInterceptor<Object, Object> {

    private final Eingabepruefung pruefung;

    GeprueftInterceptor(Eingabepruefung pruefung) {
        this.pruefung = pruefung;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        for (Object argument : context.getParameterValues()) {
            pruefung.pruefen(argument);
        }
        return context.proceed();
    }
}
