package de.teilhabe.platform.mandant;

import de.teilhabe.platform.fehler.FachlicherFehler;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Finds the database schema and role of a Kreis; caches the answer, since it never changes. */
@Singleton
public class Mandanten {

    private final MandantRepository repository;
    private final JdbcOperations jdbc;
    private final String konfigurierterPraefix;
    private final Map<String, KreisSchema> bekannt = new ConcurrentHashMap<>();
    private volatile String rollenPraefix;

    Mandanten(MandantRepository repository, JdbcOperations jdbc,
              @Nullable @Value("${teilhabe.db.rollen-praefix:}") String konfigurierterPraefix) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.konfigurierterPraefix = konfigurierterPraefix;
    }

    /** The schema and role of a registered Kreis. */
    public KreisSchema schema(String slug) {
        KreisSchema schema = bekannt.get(slug);
        if (schema == null) {
            schema = repository.findBySlug(slug).map(Mandant::datenbank)
                    .orElseThrow(() -> FachlicherFehler.nichtGefunden("kreis.nicht.gefunden", slug));
            bekannt.put(slug, schema);
        }
        return schema;
    }

    /** The names a new Kreis with this slug will get. Roles are cluster-wide, so they carry the database's name. */
    @Transactional
    public KreisSchema neu(String slug) {
        return KreisSchema.ableiten(slug, rollenPraefix());
    }

    @Transactional
    public List<Mandant> alle() {
        return repository.listOrderBySlug();
    }

    public void vergessen(String slug) {
        bekannt.remove(slug);
    }

    private String rollenPraefix() {
        if (rollenPraefix == null) {
            rollenPraefix = konfigurierterPraefix != null && !konfigurierterPraefix.isBlank()
                    ? konfigurierterPraefix
                    : jdbc.prepareStatement("select current_database()", st -> {
                        try (var rs = st.executeQuery()) {
                            rs.next();
                            return rs.getString(1).toLowerCase().replaceAll("[^a-z0-9_]", "_");
                        }
                    });
        }
        return rollenPraefix;
    }
}
