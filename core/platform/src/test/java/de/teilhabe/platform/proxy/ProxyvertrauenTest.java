package de.teilhabe.platform.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one rule both servers use for the client's address and for {@code X-Forwarded-Proto}. */
class ProxyvertrauenTest {

    private final Proxyvertrauen hinterNginx = Proxyvertrauen.aus("127.0.0.1, 10.0.0.0/8 ::1");

    @Test
    void ohneVertrauenIstDerPeerDerClientWasImmerDieKoepfeSagen() {
        Proxyvertrauen niemand = Proxyvertrauen.aus("");
        assertThat(niemand.clientAdresse("127.0.0.1", List.of("203.0.113.7"))).isEqualTo("127.0.0.1");
        assertThat(niemand.ueberTls(false, "127.0.0.1", List.of("https"))).isFalse();
        assertThat(niemand.bereiche()).isEmpty();
    }

    @Test
    void vomVertrautenProxyZaehltDerRechteEintragDerKeinProxyIst() {
        assertThat(hinterNginx.clientAdresse("127.0.0.1", List.of("203.0.113.7"))).isEqualTo("203.0.113.7");
        // the client wrote 198.51.100.1 itself; nginx appended the address it saw
        assertThat(hinterNginx.clientAdresse("127.0.0.1", List.of("198.51.100.1, 203.0.113.7")))
                .isEqualTo("203.0.113.7");
        // a second proxy inside the trusted network is skipped, also across several header lines
        assertThat(hinterNginx.clientAdresse("127.0.0.1", List.of("198.51.100.1", "203.0.113.7, 10.1.2.3")))
                .isEqualTo("203.0.113.7");
        // no header: the proxy itself
        assertThat(hinterNginx.clientAdresse("127.0.0.1", List.of())).isEqualTo("127.0.0.1");
        // an entry that is no address stops the walk at the last hop we know
        assertThat(hinterNginx.clientAdresse("127.0.0.1", List.of("203.0.113.7, irgendwas"))).isEqualTo("127.0.0.1");
    }

    @Test
    void einFremderPeerBleibtSichSelbstAuchMitGefaelschtemKopf() {
        assertThat(hinterNginx.clientAdresse("192.0.2.44", List.of("10.0.0.1, 127.0.0.1"))).isEqualTo("192.0.2.44");
        assertThat(hinterNginx.ueberTls(false, "192.0.2.44", List.of("https"))).isFalse();
        assertThat(hinterNginx.clientAdresse(null, List.of("203.0.113.7"))).isEqualTo(Proxyvertrauen.UNBEKANNT);
    }

    @Test
    void ipv6PortsUndAbgebildeteAdressen() {
        assertThat(hinterNginx.clientAdresse("0:0:0:0:0:0:0:1", List.of("[2001:db8::7]:4711")))
                .isEqualTo("2001:db8::7");
        assertThat(hinterNginx.clientAdresse("::ffff:10.0.0.9", List.of("203.0.113.7:55000")))
                .isEqualTo("203.0.113.7");
        assertThat(Proxyvertrauen.begrenzungsnetz("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2::/64");
        assertThat(Proxyvertrauen.begrenzungsnetz("203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void tlsNurWennDerNaechsteProxyHttpsSagt() {
        assertThat(hinterNginx.ueberTls(true, null, List.of())).isTrue();
        assertThat(hinterNginx.ueberTls(false, "127.0.0.1", List.of("https"))).isTrue();
        assertThat(hinterNginx.ueberTls(false, "127.0.0.1", List.of("https, http"))).isFalse();
        assertThat(hinterNginx.ueberTls(false, "127.0.0.1", List.of())).isFalse();
    }

    @Test
    void falscheKonfigurationNenntDenEintrag() {
        assertThatThrownBy(() -> Proxyvertrauen.aus("127.0.0.1, nginx.intern"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'nginx.intern'");
        assertThatThrownBy(() -> Proxyvertrauen.aus("10.0.0.0/33")).isInstanceOf(IllegalStateException.class);
        assertThat(Proxyvertrauen.aus("10.0.0.0/8").bereiche()).containsExactly("10.0.0.0/8");
    }
}
