package org.palisade.platform;

import static org.assertj.core.api.Assertions.assertThat;

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
        var inside = idempotency.onceWithGenericPlans("test generic plans", UUID.randomUUID().toString(),
                Map.of("n", 1), () -> ResponseEntity.ok(planCacheMode()));
        assertThat(inside.getBody()).isEqualTo("\"force_generic_plan\"");
        assertThat(planCacheMode()).isEqualTo("auto");
    }

    @Test
    void aWriteWithoutAKeyAsksForThemWithAStatementOfItsOwn() {
        var inside = idempotency.onceWithGenericPlans("test generic plans", null, Map.of("n", 2),
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
        var first = idempotency.onceWithGenericPlans("test generic plans", key, Map.of("n", 4),
                () -> ResponseEntity.ok("first"));
        var again = idempotency.onceWithGenericPlans("test generic plans", key, Map.of("n", 4),
                () -> ResponseEntity.ok("second"));
        assertThat(again.getBody()).isEqualTo(first.getBody()).isEqualTo("\"first\"");
        assertThat(again.getHeaders().containsHeader("Idempotent-Replayed")).isTrue();
    }
}
