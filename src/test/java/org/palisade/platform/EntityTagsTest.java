package org.palisade.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

    @Test
    void ifNoneMatchComparesTagsWeaklyAndAcceptsAListOrAStar() {
        assertThat(EntityTags.matches("W/\"L12-a\"", "W/\"L12-a\"")).isTrue();
        assertThat(EntityTags.matches("\"L12-a\"", "W/\"L12-a\"")).isTrue();
        assertThat(EntityTags.matches("\"x\", W/\"L12-a\"", "W/\"L12-a\"")).isTrue();
        assertThat(EntityTags.matches("*", "W/\"L12-a\"")).isTrue();
    }

    @Test
    void anotherLedgerStateOrViewerIsNoMatch() {
        assertThat(EntityTags.matches("W/\"L11-a\"", "W/\"L12-a\"")).isFalse();
        assertThat(EntityTags.matches("W/\"L12-3f2a\"", "W/\"L12-a\"")).isFalse();
        assertThat(EntityTags.matches(null, "W/\"L12-a\"")).isFalse();
        assertThat(EntityTags.matches(" ", "W/\"L12-a\"")).isFalse();
    }
}
