package org.palisade.requirements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palisade.organisations.Organisations;
import org.palisade.platform.Conflict;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Locking and races on the real database: allocation locks, concurrent starts, the gap-free backstop. */
@RequirementsTest
class RequirementsLockIT {

    @Autowired
    Requirements requirements;
    @Autowired
    Organisations organisations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    TransactionTemplate tx;

    @BeforeEach
    void setUp() {
        tx = new TransactionTemplate(transactions);
        RequirementsFixture.emptyRequirementLists(jdbc);
        RequirementsFixture.registerParties(organisations);
    }

    /**
     * Each concurrent step gets a thread of its own: the common pool may have a single worker on a small
     * machine, and two steps meeting at a barrier there would wait for each other forever.
     */
    private final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool();

    @org.junit.jupiter.api.AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private <T> CompletableFuture<T> onItsOwnThread(java.util.function.Supplier<T> step) {
        return CompletableFuture.supplyAsync(step, threads);
    }

    private CompletableFuture<Void> runOnItsOwnThread(Runnable step) {
        return CompletableFuture.runAsync(step, threads);
    }

    @Test
    void lockingItemsForAllocationNeedsTheCallersTransaction() {
        assertThatThrownBy(() -> requirements.lockItemsForAllocation(List.of(UUID.randomUUID())))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void lockedItemsComeWithTheirListStatusAndUnknownIdsAreAbsent() {
        RequirementList approved = RequirementsFixture.approvedList(requirements, organisations, "a", "b");
        RequirementList draft = requirements.startDraft();
        List<UUID> ids = List.of(approved.items().get(1).id(), draft.items().get(0).id(), UUID.randomUUID());
        List<RequirementItem> locked = tx.execute(s -> requirements.lockItemsForAllocation(ids));
        assertThat(locked).extracting(RequirementItem::id).containsExactlyInAnyOrder(ids.get(0), ids.get(1));
        assertThat(locked).filteredOn(i -> i.id().equals(ids.get(0))).singleElement().satisfies(i -> {
            assertThat(i.listStatus()).isEqualTo(ListStatus.APPROVED);
            assertThat(i.listNumber()).isEqualTo(approved.number());
            assertThat(i.description()).isEqualTo("b");
            assertThat(i.rank()).isEqualTo(2);
        });
        assertThat(locked).filteredOn(i -> i.id().equals(ids.get(1))).singleElement()
                .satisfies(i -> assertThat(i.listStatus()).isEqualTo(ListStatus.DRAFT));
        List<RequirementItem> none = tx.execute(s -> requirements.lockItemsForAllocation(List.of()));
        assertThat(none).isEmpty();
    }

    @Test
    void aSecondAllocationOfTheSameItemWaitsUntilTheFirstEnds() throws Exception {
        UUID item = RequirementsFixture.approvedList(requirements, organisations, "a").items().get(0).id();
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch firstMayEnd = new CountDownLatch(1);
        CompletableFuture<Void> first = runOnItsOwnThread(() -> tx.executeWithoutResult(s -> {
            requirements.lockItemsForAllocation(List.of(item));
            firstHolds.countDown();
            await(firstMayEnd);
        }));
        assertThat(firstHolds.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<List<RequirementItem>> second = onItsOwnThread(
                () -> tx.execute(s -> requirements.lockItemsForAllocation(List.of(item))));
        Thread.sleep(500);
        assertThat(second).as("waits while the first holds the item").isNotDone();
        firstMayEnd.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertThat(second.get(10, TimeUnit.SECONDS)).extracting(RequirementItem::id).containsExactly(item);
    }

    @Test
    void aListCannotBeSupersededWhileAnAllocationDrawsFromIt() throws Exception {
        RequirementList v1 = RequirementsFixture.approvedList(requirements, organisations, "a");
        RequirementList v2 = requirements.startDraft();
        requirements.submit(v2.id(), null);
        requirements.approve(v2.id(), Party.RECIPIENT, v2.ownerId(), null);
        requirements.approve(v2.id(), Party.COORDINATOR, organisations.byCode("NATO").orElseThrow().id(), null);
        CountDownLatch allocationHolds = new CountDownLatch(1);
        CountDownLatch allocationMayEnd = new CountDownLatch(1);
        CompletableFuture<ListStatus> allocation = onItsOwnThread(() -> tx.execute(s -> {
            requirements.lockItemsForAllocation(List.of(v1.items().get(0).id()));
            allocationHolds.countDown();
            await(allocationMayEnd);
            // read again at the end: still approved for the whole allocation
            return requirements.get(v1.id()).status();
        }));
        assertThat(allocationHolds.await(10, TimeUnit.SECONDS)).isTrue();
        UUID usa = organisations.byCode("USA").orElseThrow().id();
        CompletableFuture<RequirementList> approval = onItsOwnThread(
                () -> requirements.approve(v2.id(), Party.SUPPLIER, usa, null));
        Thread.sleep(500);
        assertThat(approval).as("superseding v1 waits for the allocation").isNotDone();
        allocationMayEnd.countDown();
        assertThat(allocation.get(10, TimeUnit.SECONDS)).isEqualTo(ListStatus.APPROVED);
        assertThat(approval.get(10, TimeUnit.SECONDS).status()).isEqualTo(ListStatus.APPROVED);
        assertThat(requirements.get(v1.id()).status()).isEqualTo(ListStatus.SUPERSEDED);
    }

    @Test
    void twoDraftsStartedAtOnceGiveOneDraftAndOneClearRefusal() throws Exception {
        RequirementsFixture.approvedList(requirements, organisations, "a");
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Object>> starts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            starts.add(onItsOwnThread(() -> {
                await(together);
                try {
                    return requirements.startDraft();
                } catch (RuntimeException e) {
                    return e;
                }
            }));
        }
        List<Object> results = new ArrayList<>();
        for (CompletableFuture<Object> start : starts) {
            results.add(start.get(10, TimeUnit.SECONDS));
        }
        assertThat(results).filteredOn(RequirementList.class::isInstance).hasSize(1);
        assertThat(results).filteredOn(Conflict.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((Conflict) e).getMessage()).contains("is still a draft"));
        assertThat(jdbc.sql("select count(*) from requirement_list where status = 'DRAFT'").query(Integer.class)
                .single()).isEqualTo(1);
    }

    @Test
    void theDatabaseItselfKeepsRanksGapFree() {
        RequirementList draft = requirements.startDraft(organisations.byCode("UKR").orElseThrow().id());
        requirements.addItem(draft.id(), RequirementsFixture.item("a"), null, null);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> jdbc.sql(
                "update requirement_item set rank = 3 where list_id = :list").param("list", draft.id()).update()))
                .hasMessageContaining("must run 1..1 without gaps");
        assertThat(requirements.get(draft.id()).items().get(0).rank()).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
