package org.palisade.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.palisade.testing.PalisadeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A hot write's transaction plans its statements generically when it asks to, and only then; the key's claim
 * carries the setting, so it is in force from the write's first statement.
 */
@PalisadeTest
class GenericPlansIT {

    @Autowired
    Idempotency idempotency;
    @Autowired
    JdbcClient jdbc;

    private String planCacheMode() {
        return jdbc.sql("SELECT current_setting('plan_cache_mode')").query(String.class).single();
    }

    @Test
    void aKeyedWriteAskingForGenericPlansHasThemUntilItsTransactionEnds() {
        var inside = idempotency.onceAsHotWrite("test generic plans", UUID.randomUUID().toString(),
                Map.of("n", 1), List.of(), () -> ResponseEntity.ok(planCacheMode()));
        assertThat(inside.getBody()).isEqualTo("\"force_generic_plan\"");
        assertThat(planCacheMode()).isEqualTo("auto");
    }

    @Test
    void aWriteWithoutAKeyAsksForThemWithAStatementOfItsOwn() {
        var inside = idempotency.onceAsHotWrite("test generic plans", null, Map.of("n", 2), List.of(),
                () -> ResponseEntity.ok(planCacheMode()));
        assertThat(inside.getBody()).isEqualTo("\"force_generic_plan\"");
    }

    @Test
    void otherWritesKeepPlanningForTheirValues() {
        var inside = idempotency.once("test usual plans", UUID.randomUUID().toString(), Map.of("n", 3),
                () -> ResponseEntity.ok(planCacheMode()));
        assertThat(inside.getBody()).isEqualTo("\"auto\"");
    }

    @Test
    void aReplayedKeyAnswersAsTheFirstTime() {
        String key = UUID.randomUUID().toString();
        var first = idempotency.onceAsHotWrite("test generic plans", key, Map.of("n", 4), List.of(),
                () -> ResponseEntity.ok("first"));
        var again = idempotency.onceAsHotWrite("test generic plans", key, Map.of("n", 4), List.of(),
                () -> ResponseEntity.ok("second"));
        assertThat(again.getBody()).isEqualTo(first.getBody()).isEqualTo("\"first\"");
        assertThat(again.getHeaders().containsHeader("Idempotent-Replayed")).isTrue();
    }

    @Test
    void theCallsAHotWriteMakesFirstRideOnItsClaimAndEndWithItsTransaction() {
        Preamble lock = Preamble.of("pg_advisory_xact_lock_shared(7340033)");
        var inside = idempotency.onceAsHotWrite("test preamble", UUID.randomUUID().toString(), Map.of("n", 5),
                List.of(lock), () -> ResponseEntity.ok(lock.madeInThisTransaction() + " " + sharedLocksHeld(7340033)));
        assertThat(inside.getBody()).isEqualTo("\"true 1\"");
        assertThat(lock.madeInThisTransaction()).isFalse();
        assertThat(sharedLocksHeld(7340033)).isZero();
    }

    @Test
    void withoutAKeyNothingCarriesTheCallsAndTheirOwnersMakeThem() {
        Preamble lock = Preamble.of("pg_advisory_xact_lock_shared(7340034)");
        var inside = idempotency.onceAsHotWrite("test preamble", null, Map.of("n", 6), List.of(lock),
                () -> ResponseEntity.ok(lock.madeInThisTransaction() + " " + sharedLocksHeld(7340034)));
        assertThat(inside.getBody()).isEqualTo("\"false 0\"");
    }

    private long sharedLocksHeld(long key) {
        return jdbc.sql("""
                SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND mode = 'ShareLock'
                AND pid = pg_backend_pid() AND ((CAST(classid AS bigint) << 32) | CAST(objid AS bigint)) = :key""")
                .param("key", key).query(Long.class).single();
    }
}
