package org.palisade.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.palisade.platform.NotFound;
import org.palisade.platform.PageOf;
import org.palisade.security.Role;
import org.palisade.security.Viewer;
import org.palisade.testing.Api;
import org.palisade.testing.PalisadeTest;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

@PalisadeTest
class AuditApiIT {

    @LocalServerPort int port;
    @Autowired AuditTrail trail;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    /** An auditor: histories and verification are theirs (and administrators') to read. */
    private Api auditor() {
        new TestUsers(jdbc).seed();
        return new Api(port).as(TestUsers.AUDITOR);
    }

    @Test
    void theVerificationEndpointReportsAnIntactChainWithEveryField() {
        new RecordedChanges(events, transactions).packageChangedTimes(2);
        trail.sequenceNow();

        Api.Response response = auditor().get("/api/v1/audit/verification");

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.path("ok").asBoolean()).as(response.body()).isTrue();
        assertThat(body.path("checkedEntries").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(body.path("unsequencedOverdue").asLong()).isZero();
        assertThat(body.has("firstBadSequence")).isTrue();
        assertThat(body.get("firstBadSequence").isNull()).isTrue();
        assertThat(body.has("problem")).isTrue();
        assertThat(body.path("headHash").asString()).hasSize(64);
    }

    @Test
    void aRecordsHistoryComesNewestFirstInPages() {
        UUID pkg = new RecordedChanges(events, transactions).packageChangedTimes(3);
        trail.sequenceNow();
        Api api = auditor();

        JsonNode first = api.get("/api/v1/audit/records/package/" + pkg + "?size=2").json();
        JsonNode second = api.get("/api/v1/audit/records/package/" + pkg + "?page=1&size=2").json();

        assertThat(first.path("totalItems").asLong()).isEqualTo(3);
        assertThat(first.path("items")).hasSize(2);
        assertThat(first.path("items").get(0).path("after").path("step").asInt()).isEqualTo(3);
        assertThat(first.path("items").get(0).path("before").path("step").asInt()).isEqualTo(2);
        assertThat(first.path("items").get(0).path("reason").asString()).isEqualTo("step 3");
        assertThat(first.path("items").get(0).path("actor").asString()).isEqualTo("system");
        assertThat(first.path("items").get(1).path("after").path("step").asInt()).isEqualTo(2);
        assertThat(second.path("items")).hasSize(1);
        assertThat(second.path("items").get(0).path("after").path("step").asInt()).isEqualTo(1);
        assertThat(second.path("items").get(0).path("sequence").asLong())
                .isLessThan(first.path("items").get(1).path("sequence").asLong());
    }

    @Test
    void aHistoryCanBeReadOldestFirst() {
        UUID pkg = new RecordedChanges(events, transactions).packageChangedTimes(3);
        trail.sequenceNow();

        JsonNode page = auditor().get("/api/v1/audit/records/package/" + pkg + "?sort=sequence,asc").json();

        assertThat(page.path("items").get(0).path("after").path("step").asInt()).isEqualTo(1);
        assertThat(page.path("items").get(2).path("after").path("step").asInt()).isEqualTo(3);
        assertThat(page.path("sort").asString()).isEqualTo("sequence,asc");
    }

    @Test
    void aPageSizeOutOfRangeIsRefusedNamingTheParameter() {
        Api.Response response = new Api(port).get("/api/v1/audit/records/package/" + UUID.randomUUID() + "?size=500");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactly("size");
    }

    @Test
    void aHistoryForAMalformedIdIsABadRequest() {
        Api.Response response = new Api(port).get("/api/v1/audit/records/package/not-a-uuid");

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void anAuditorMayReadAnyRecordsHistory() {
        UUID pkg = new RecordedChanges(events, transactions).packageChangedTimes(1);
        Viewer auditor = new Viewer(UUID.randomUUID(), Set.of(Role.AUDITOR), false);

        PageOf<AuditEntry> history = trail.historyReadableBy(auditor, "package", pkg, AuditTrail.newestFirst(0, 10));

        assertThat(history.items()).hasSize(1);
    }

    @Test
    void aHistoryNoModuleVouchesForIsHiddenFromOrdinaryUsersAsNotFound() {
        UUID pkg = new RecordedChanges(events, transactions).packageChangedTimes(1);
        Viewer contributor = new Viewer(UUID.randomUUID(), Set.of(Role.CONTRIBUTOR), false);

        assertThatThrownBy(() -> trail.historyReadableBy(contributor, "package", pkg, AuditTrail.newestFirst(0, 10)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> trail.historyReadableBy(Viewer.ANONYMOUS, "package", pkg, AuditTrail.newestFirst(0, 10)))
                .isInstanceOf(NotFound.class);
    }
}
