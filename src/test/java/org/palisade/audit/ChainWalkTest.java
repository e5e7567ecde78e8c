package org.palisade.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChainWalkTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00.000001Z");

    @Test
    void anUntouchedChainIsSoundToItsHead() {
        List<ChainRow> chain = chain(5);

        ChainWalk walk = walk(chain);

        assertThat(walk.finding()).isNull();
        assertThat(walk.checked()).isEqualTo(5);
        assertThat(walk.head().sequence()).isEqualTo(5);
    }

    @Test
    void aChangedFieldNamesTheEntryAsAltered() {
        List<ChainRow> chain = chain(5);
        ChainRow third = chain.get(2);
        chain.set(2, new ChainRow(third.id(), third.occurredAt(), "someone-else", third.actorOrganisationId(),
                third.recordType(), third.recordId(), third.owner(), third.action(), third.before(), third.after(),
                third.reason(), third.sequence(), third.prevHash(), third.hash(), third.sequencedAt()));

        Finding finding = walk(chain).finding();

        assertThat(finding.kind()).isEqualTo(Tampering.ALTERED);
        assertThat(finding.sequence()).isEqualTo(3);
        assertThat(finding.entryId()).isEqualTo(third.id());
    }

    @Test
    void aGapNamesTheFirstMissingSequenceAsDeleted() {
        List<ChainRow> chain = chain(5);
        chain.remove(1);

        Finding finding = walk(chain).finding();

        assertThat(finding.kind()).isEqualTo(Tampering.DELETED);
        assertThat(finding.sequence()).isEqualTo(2);
        assertThat(finding.entryId()).isNull();
        assertThat(finding.problem()).contains("entry 2 was deleted");
    }

    @Test
    void aForgedEntryLinkedToItsPredecessorIsNamedBecauseTheNextEntryStillLinksPastIt() {
        List<ChainRow> chain = chain(4);
        ChainRow forged = change(99).placed(3, chain.get(1).hash(), T0);
        List<ChainRow> tampered = new ArrayList<>(chain.subList(0, 2));
        tampered.add(forged);
        chain.subList(2, 4).forEach(e -> tampered.add(renumbered(e, e.sequence() + 1)));

        Finding finding = walk(tampered).finding();

        assertThat(finding.kind()).isEqualTo(Tampering.INSERTED);
        assertThat(finding.sequence()).isEqualTo(3);
        assertThat(finding.entryId()).isEqualTo(forged.id());
    }

    @Test
    void twoSwappedEntriesNameTheFirstOfThemAsReordered() {
        List<ChainRow> chain = chain(5);
        ChainRow second = chain.get(1);
        ChainRow third = chain.get(2);
        chain.set(1, renumbered(third, 2));
        chain.set(2, renumbered(second, 3));

        Finding finding = walk(chain).finding();

        assertThat(finding.kind()).isEqualTo(Tampering.REORDERED);
        assertThat(finding.sequence()).isEqualTo(2);
        assertThat(finding.entryId()).isEqualTo(third.id());
    }

    @Test
    void anEntryAlteredAndRehashedIsNamedThroughTheLinkOfTheEntryAfterIt() {
        List<ChainRow> chain = chain(4);
        ChainRow second = chain.get(1);
        ChainRow rewritten = new ChainRow(second.id(), second.occurredAt(), second.actor(),
                second.actorOrganisationId(), second.recordType(), second.recordId(), second.owner(), second.action(),
                second.before(), "{\"amount\": 1}", second.reason(), null, null, null, null)
                .placed(2, second.prevHash(), second.sequencedAt());
        chain.set(1, rewritten);

        Finding finding = walk(chain).finding();

        assertThat(finding.kind()).isEqualTo(Tampering.ALTERED);
        assertThat(finding.sequence()).isEqualTo(2);
    }

    @Test
    void aReasonHoldingANewlineCannotPassForAnotherField() {
        ChainRow plain = change(1);
        ChainRow sneaky = new ChainRow(plain.id(), plain.occurredAt(), plain.actor(), plain.actorOrganisationId(),
                plain.recordType(), plain.recordId(), plain.owner(), plain.action(), plain.before(), plain.after(),
                "ok\nsequenced_at=-", null, null, null, null);

        assertThat(ChainHash.canonicalText(sneaky)).isNotEqualTo(ChainHash.canonicalText(plain));
        assertThat(ChainHash.canonicalText(sneaky)).contains("reason=17:ok\nsequenced_at=-\n");
    }

    private static ChainWalk walk(List<ChainRow> chain) {
        ChainWalk walk = new ChainWalk(hash -> chain.stream().filter(e -> e.hash().equals(hash)).findFirst()
                .map(e -> OptionalLong.of(e.sequence())).orElse(OptionalLong.empty()));
        for (ChainRow entry : chain) {
            if (!walk.accept(entry)) {
                break;
            }
        }
        return walk;
    }

    private static List<ChainRow> chain(int length) {
        List<ChainRow> chain = new ArrayList<>();
        String link = ChainHash.GENESIS;
        for (int i = 1; i <= length; i++) {
            ChainRow entry = change(i).placed(i, link, T0.plusSeconds(i));
            chain.add(entry);
            link = entry.hash();
        }
        return chain;
    }

    private static ChainRow change(int n) {
        return new ChainRow(UUID.randomUUID(), T0.plusMillis(n), "planner", UUID.randomUUID(), "package",
                UUID.randomUUID(), UUID.randomUUID(), "opened", "{\"status\": \"PROPOSED\"}",
                "{\"status\": \"OPEN\", \"n\": " + n + "}", null, null, null, null, null);
    }

    private static ChainRow renumbered(ChainRow e, long sequence) {
        return new ChainRow(e.id(), e.occurredAt(), e.actor(), e.actorOrganisationId(), e.recordType(), e.recordId(),
                e.owner(), e.action(), e.before(), e.after(), e.reason(), sequence, e.prevHash(), e.hash(),
                e.sequencedAt());
    }
}
