package de.teilhabe.platform.bericht;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The threshold comes from {@code teilhabe.berichte.mindestanzahl}. */
@MicronautTest(transactional = false)
@Property(name = "teilhabe.berichte.mindestanzahl", value = "5")
class SchwelleKonfigurationTest {

    @Inject Schwelle schwelle;

    @Test
    void schwelleAusDerKonfiguration() {
        assertThat(schwelle.mindestanzahl()).isEqualTo(5);
        assertThat(schwelle.klein(4)).as("4 Abbrüche would now be hidden").isTrue();
        assertThat(schwelle.klein(5)).isFalse();
        assertThat(schwelle.klein(0)).as("zeros are shown").isFalse();
    }
}
