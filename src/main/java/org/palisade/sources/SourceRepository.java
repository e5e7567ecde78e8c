package org.palisade.sources;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.palisade.platform.Paging;
import org.palisade.security.Disclosure;
import org.palisade.security.Viewer;
import org.palisade.security.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SourceRepository {

    private static final String COLUMNS = """
            s.id, s.number, s.kind, s.outlet, s.title, s.url, s.published_on, s.language, s.excerpt, s.disclosure,
            s.owner_id, s.created_at, s.created_by, s.version""";

    private final JdbcClient jdbc;

    SourceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int insert(Source s) {
        return jdbc.sql("""
                INSERT INTO source (id, kind, outlet, title, url, published_on, language, excerpt, disclosure, owner_id,
                    created_at, created_by)
                VALUES (:id, :kind, :outlet, :title, :url, :published, :language, :excerpt, :disclosure, :owner, :at, :by)
                RETURNING number""")
                .param("id", s.id()).param("kind", s.kind().name()).param("outlet", s.outlet())
                .param("title", s.title()).param("url", s.url()).param("published", s.publishedOn())
                .param("language", s.language()).param("excerpt", s.excerpt())
                .param("disclosure", s.disclosure().name()).param("owner", s.owner())
                .param("at", OffsetDateTime.ofInstant(s.createdAt(), ZoneOffset.UTC)).param("by", s.createdBy())
                .query(Integer.class).single();
    }

    /** A source the viewer may see (its disclosure; a confidential one: its recorder's organisation and the privileged). */
    Optional<Source> find(UUID id, Viewer viewer) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM source s WHERE s.id = :id AND "
                        + Visibility.ownedRecordPredicate("s"))
                .param("id", id).params(Visibility.parameters(viewer)).query(SourceRepository::row).optional();
    }

    Optional<Source> find(UUID id) {
        return find(id, Viewer.SYSTEM);
    }

    /** The sources with these ids that the viewer may see, in one statement. */
    List<Source> all(Collection<UUID> ids, Viewer viewer) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM source s WHERE s.id = ANY(:ids) AND "
                        + Visibility.ownedRecordPredicate("s"))
                .param("ids", ids.toArray(UUID[]::new)).params(Visibility.parameters(viewer))
                .query(SourceRepository::row).list();
    }

    List<Source> page(Viewer viewer, Paging paging) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM source s WHERE " + Visibility.ownedRecordPredicate("s")
                        + " ORDER BY " + paging.orderBy() + ", s.number DESC LIMIT :limit OFFSET :offset")
                .params(Visibility.parameters(viewer)).param("limit", paging.size()).param("offset", paging.offset())
                .query(SourceRepository::row).list();
    }

    long count(Viewer viewer) {
        return jdbc.sql("SELECT count(*) FROM source s WHERE " + Visibility.ownedRecordPredicate("s"))
                .params(Visibility.parameters(viewer)).query(Long.class).single();
    }

    private static Source row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime at = rs.getObject("created_at", OffsetDateTime.class);
        return new Source(rs.getObject("id", UUID.class), rs.getInt("number"), SourceKind.valueOf(rs.getString("kind")),
                rs.getString("outlet"), rs.getString("title"), rs.getString("url"),
                rs.getObject("published_on", java.time.LocalDate.class), rs.getString("language"),
                rs.getString("excerpt"), Disclosure.valueOf(rs.getString("disclosure")),
                rs.getObject("owner_id", UUID.class), at.toInstant(), rs.getString("created_by"), rs.getLong("version"));
    }
}
