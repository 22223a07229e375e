package de.teilhabe.platform.fehler;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false, startApplication = false)
class PfadVersuchTest {
    @Introspected
    record K(@NotBlank String name, @NotNull Integer n) {}
    @Introspected
    record E(@NotNull @Valid K eins, List<@NotNull @Valid K> viele, @NotNull(message = "{zielgruppenbasis.stichtag.fehlt}") String tag) {}

    @Inject Eingabepruefung pruefung;

    @Test
    void pfade() {
        System.out.println("PFADE1 " + pruefung.fehler(new E(null, Arrays.asList(new K(" ", 1), null, new K("a", null)), null)));
        System.out.println("PFADE2 " + pruefung.fehler(new E(new K(null, null), null, "x")));
    }
}
