package org.palisade.organisations;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.palisade.platform.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganisationRepository {

    private static final String COLUMNS = "o.id, o.code, o.name, o.state, o.kinds, o.version";
    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Organisation o, String namesSearched) {
        jdbc.sql("""
                INSERT INTO organisation (id, code, name, state, kinds, names_searched)
                VALUES (:id, :code, :name, :state, CAST(:kinds AS varchar[]), :names)""")
                .param("id", o.id())
                .param("names", namesSearched)
                .param("code", o.code().value())
                .param("name", o.name())
                .param("state", o.state())
                .param("kinds", "{" + o.kinds().stream().map(Enum::name).sorted().collect(Collectors.joining(",")) + "}")
                .update();
        o.memberships().forEach(m -> insertMembership(o.id(), m));
    }

    void insertMembership(UUID organisationId, Membership m) {
        jdbc.sql("""
                INSERT INTO membership (organisation_id, alliance, valid_from, valid_to)
                VALUES (:org, :alliance, :from, :to)""")
                .param("org", organisationId)
                .param("alliance", m.alliance().name())
                .param("from", m.from())
                .param("to", m.to())
                .update();
    }

    /** Bumps the version when memberships change; false when someone else changed it first. */
    boolean touch(UUID id, long expectedVersion) {
        return jdbc.sql("UPDATE organisation SET version = version + 1 WHERE id = :id AND version = :v")
                .param("id", id).param("v", expectedVersion).update() == 1;
    }

    Optional<Organisation> find(UUID id) {
        return load(List.of(id)).stream().findFirst();
    }

    Optional<Organisation> findByCode(String code) {
        return jdbc.sql("SELECT id FROM organisation WHERE code = :code").param("code", code)
                .query(UUID.class).optional().flatMap(this::find);
    }

    /**
     * Loads organisations with their memberships in one statement, whatever their number (a pledge loads its
     * contributors on every request).
     */
    List<Organisation> load(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Organisation> byId = new LinkedHashMap<>();
        jdbc.sql(WITH_MEMBERSHIPS + " WHERE o.id = ANY(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> map(rs, memberships(rs)))
                .list().forEach(o -> byId.put(o.id(), o));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Ids of organisations whose name has words beginning as typed, or whose code was typed. */
    List<UUID> matching(org.palisade.platform.SearchWords words) {
        return jdbc.sql("""
                SELECT o.id FROM organisation o
                WHERE to_tsvector('simple', o.name || ' ' || o.names_searched) @@ to_tsquery('simple', :words)
                   OR lower(o.code) = ANY(:codes)
                ORDER BY o.name LIMIT 500""")
                .param("words", words.tsquery()).param("codes", words.words().toArray(String[]::new))
                .query(UUID.class).list();
    }

    /** Each organisation's searched names as stored. */
    Map<UUID, String> namesSearched() {
        Map<UUID, String> names = new java.util.HashMap<>();
        jdbc.sql("SELECT id, names_searched FROM organisation")
                .query((rs, n) -> names.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
        return names;
    }

    void storeNamesSearched(UUID id, String names) {
        jdbc.sql("UPDATE organisation SET names_searched = :names WHERE id = :id").param("id", id)
                .param("names", names).update();
    }

    /** Every organisation's id by name: the choices of a form, which are never cut to a page. */
    List<UUID> allByName() {
        return jdbc.sql("SELECT o.id FROM organisation o ORDER BY o.name, o.id").query(UUID.class).list();
    }

    /** The organisations with these codes (unknown codes are absent), with their memberships, in one statement. */
    List<Organisation> loadByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(WITH_MEMBERSHIPS + " WHERE o.code = ANY(:codes)")
                .param("codes", codes.toArray(String[]::new))
                .query((rs, n) -> map(rs, memberships(rs)))
                .list();
    }

    private static final String WITH_MEMBERSHIPS = "SELECT " + COLUMNS + """
                        ,
                       ARRAY(SELECT m.alliance FROM membership m WHERE m.organisation_id = o.id
                             ORDER BY m.valid_from, m.alliance) AS alliances,
                       ARRAY(SELECT m.valid_from FROM membership m WHERE m.organisation_id = o.id
                             ORDER BY m.valid_from, m.alliance) AS valid_from,
                       ARRAY(SELECT m.valid_to FROM membership m WHERE m.organisation_id = o.id
                             ORDER BY m.valid_from, m.alliance) AS valid_to
                FROM organisation o""";

    private static List<Membership> memberships(ResultSet rs) throws SQLException {
        String[] alliances = (String[]) rs.getArray("alliances").getArray();
        Object[] from = (Object[]) rs.getArray("valid_from").getArray();
        Object[] to = (Object[]) rs.getArray("valid_to").getArray();
        List<Membership> memberships = new ArrayList<>(alliances.length);
        for (int i = 0; i < alliances.length; i++) {
            memberships.add(new Membership(Alliance.valueOf(alliances[i]), date(from[i]), date(to[i])));
        }
        return memberships;
    }

    private static java.time.LocalDate date(Object value) {
        return value == null ? null : ((java.sql.Date) value).toLocalDate();
    }

    List<UUID> page(Paging paging) {
        return jdbc.sql("SELECT o.id FROM organisation o ORDER BY " + paging.orderBy() + ", o.id LIMIT :limit OFFSET :offset")
                .param("limit", paging.size()).param("offset", paging.offset())
                .query(UUID.class).list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM organisation").query(Long.class).single();
    }

    /** Codes → ids of the organisations that exist among {@code codes}. */
    private static Organisation map(ResultSet rs, List<Membership> memberships) throws SQLException {
        Array kinds = rs.getArray("kinds");
        Set<OrganisationKind> kindSet = Arrays.stream((String[]) kinds.getArray())
                .map(OrganisationKind::valueOf).collect(Collectors.toSet());
        return new Organisation(rs.getObject("id", UUID.class), new OrganisationCode(rs.getString("code")),
                rs.getString("name"), rs.getBoolean("state"), kindSet, memberships, rs.getLong("version"));
    }
}
