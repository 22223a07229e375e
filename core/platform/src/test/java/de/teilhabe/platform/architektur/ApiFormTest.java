package de.teilhabe.platform.architektur;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.HttpMethodMapping;
import io.micronaut.serde.annotation.Serdeable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * An entity is never the API's shape: no {@code @MappedEntity} is serialisable, and none is reachable from what an
 * operation reads or answers — directly, in a collection, an {@code HttpResponse} or nested in another record.
 */
class ApiFormTest {

    private static final JavaClasses KLASSEN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.teilhabe.platform");

    @Test
    void keineEntitaetIstSerialisierbar() {
        List<String> serialisierbar = KLASSEN.stream()
                .filter(k -> k.isAnnotatedWith(MappedEntity.class))
                .filter(k -> k.isAnnotatedWith(Serdeable.class) || k.isAnnotatedWith(Serdeable.Serializable.class)
                        || k.isAnnotatedWith(Serdeable.Deserializable.class))
                .map(JavaClass::getName).sorted().toList();
        assertThat(serialisierbar).as("@MappedEntity mit @Serdeable").isEmpty();
    }

    @Test
    void keineEntitaetInAnfrageOderAntwort() {
        List<Class<?>> controller = KLASSEN.stream().filter(k -> k.isAnnotatedWith(Controller.class))
                .map(JavaClass::reflect).toList();
        assertThat(controller).isNotEmpty();
        Set<String> funde = new TreeSet<>();
        for (Class<?> c : controller) {
            for (Method m : c.getDeclaredMethods()) {
                if (!abgebildet(m)) {
                    continue;
                }
                String ort = c.getSimpleName() + "." + m.getName();
                erreichbar(m.getGenericReturnType()).forEach(e -> funde.add(ort + " antwortet mit " + e));
                for (Type p : m.getGenericParameterTypes()) {
                    erreichbar(p).forEach(e -> funde.add(ort + " liest " + e));
                }
            }
        }
        assertThat(funde).as("Entitäten als Form der API").isEmpty();
    }

    private static boolean abgebildet(Method m) {
        return Arrays.stream(m.getAnnotations())
                .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethodMapping.class));
    }

    /** The entities reachable from a type: its type arguments, and the components and fields of the platform's types. */
    private static Set<String> erreichbar(Type start) {
        Set<String> entitaeten = new TreeSet<>();
        Set<Type> gesehen = new HashSet<>();
        Deque<Type> offen = new ArrayDeque<>(List.of(start));
        while (!offen.isEmpty()) {
            Type t = offen.pop();
            if (!gesehen.add(t)) {
                continue;
            }
            if (t instanceof ParameterizedType p) {
                offen.push(p.getRawType());
                offen.addAll(List.of(p.getActualTypeArguments()));
            } else if (t instanceof GenericArrayType a) {
                offen.push(a.getGenericComponentType());
            } else if (t instanceof WildcardType w) {
                offen.addAll(List.of(w.getUpperBounds()));
            } else if (t instanceof TypeVariable<?> v) {
                offen.addAll(List.of(v.getBounds()));
            } else if (t instanceof Class<?> k) {
                if (k.isArray()) {
                    offen.push(k.getComponentType());
                } else if (k.getName().startsWith("de.teilhabe.")) {
                    if (k.isAnnotationPresent(MappedEntity.class)) {
                        entitaeten.add(k.getName());
                    }
                    if (k.isRecord()) {
                        Arrays.stream(k.getRecordComponents()).map(RecordComponent::getGenericType).forEach(offen::push);
                    } else {
                        Arrays.stream(k.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers()))
                                .map(Field::getGenericType).forEach(offen::push);
                    }
                }
            }
        }
        return entitaeten;
    }
}
