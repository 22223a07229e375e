package de.teilhabe.ui.technik;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;

/**
 * At the UI's start, before Jetty accepts connections: the session cookie is {@code HttpOnly} and
 * {@code SameSite=Lax} (Jetty marks it {@code Secure} on requests that came over TLS), and every response of the
 * UI's connectors gets the security headers of {@link Sicherheitskoepfe}.
 */
@WebListener
public class Sicherheitseinrichtung implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        ServletContextHandler kontext = ServletContextHandler.getServletContextHandler(event.getServletContext());
        kontext.getSessionHandler().setSecureRequestOnly(true);
        for (Connector connector : kontext.getServer().getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null && http.getHttpConfiguration().getCustomizer(Sicherheitskoepfe.class) == null) {
                http.getHttpConfiguration().addCustomizer(new Sicherheitskoepfe());
            }
        }
    }
}
