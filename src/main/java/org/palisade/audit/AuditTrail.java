package org.palisade.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.palisade.platform.NotFound;
import org.palisade.platform.PageOf;
import org.palisade.platform.Paging;
import org.palisade.platform.SortOrder;
import org.palisade.security.AccessPolicy;
import org.palisade.security.Role;
import org.palisade.security.Viewer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Use cases of the audit trail: read a record's history, verify the chain, sequence pending entries now.
 * Entries are written by publishing {@link org.palisade.platform.RecordChanged} inside the changing transaction.
 */
@Service
public class AuditTrail {

    /** The one sort key of a history: place in the chain ({@code sequence,desc} = newest first). */
    public static final SortOrder.Columns HISTORY_SORT = SortOrder.Columns.of("sequence", "sequence")
            .descendingFirst("sequence");

    private final AuditRepository repository;
    private final Sequencer sequencer;
    private final AuditProperties properties;
    private final List<AuditedRecords> auditedRecords;
    private final JsonMapper json;
    private final Clock clock;
    private final AccessPolicy access;

    AuditTrail(AuditRepository repository, Sequencer sequencer, AuditProperties properties,
            List<AuditedRecords> auditedRecords, JsonMapper json, ObjectProvider<Clock> clock, AccessPolicy access) {
        this.repository = repository;
        this.sequencer = sequencer;
        this.properties = properties;
        this.auditedRecords = auditedRecords;
        this.json = json;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.access = access;
    }

    /**
     * A page of one record's history in chain order ({@link #newestFirst} for the usual page), without checking
     * who asks: for modules that have already decided the viewer may read the record.
     */
    @Transactional(readOnly = true)
    public PageOf<AuditEntry> historyOf(String recordType, UUID recordId, Paging page) {
        List<AuditEntry> entries = repository.history(recordType, recordId, page.size(), page.offset(),
                page.descending()).stream().map(this::entry).toList();
        return PageOf.of(entries, page, repository.historySize(recordType, recordId));
    }

    /** A page of a history, newest first; {@code page} from 0, {@code size} within the platform's limits. */
    public static Paging newestFirst(Integer page, Integer size) {
        return Paging.of(page, size, "sequence,desc", HISTORY_SORT);
    }

    /**
     * The same page, shown only to someone who may read the record: auditors, the system, or whoever the module
     * owning the type allows. Anyone else learns nothing, not even whether the record exists.
     */
    @Transactional(readOnly = true)
    public PageOf<AuditEntry> historyReadableBy(Viewer viewer, String recordType, UUID recordId, Paging page) {
        boolean readable = viewer.system() || viewer.has(Role.AUDITOR) || auditedRecords.stream()
                .anyMatch(r -> r.recordType().equals(recordType) && r.readableBy(viewer, recordId));
        if (!readable) {
            access.readRefused(new AccessPolicy.Target(recordType, recordId, null));
            throw new NotFound("Audit history of " + recordType, recordId);
        }
        return historyOf(recordType, recordId, page);
    }

    /**
     * Walks the whole chain and names the first entry that was altered, deleted, inserted or reordered, then
     * counts entries left unsequenced longer than the merge delay. Reads one snapshot (repeatable read), so
     * entries and checkpoints sequenced meanwhile cannot look like tampering.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Verification verify() {
        ChainWalk walk = new ChainWalk(repository::sequenceWithHash);
        repository.walkChain(walk::accept);
        Finding finding = Finding.first(walk.finding(), checkpointFinding(walk));
        long overdue = repository.unsequencedBefore(clock.instant().minus(properties.mergeDelay()));
        String problem = finding != null ? finding.problem()
                : overdue > 0 ? overdue + " entries have waited longer than the merge delay (" + properties.mergeDelay()
                        + ") to be sequenced: is the sequencer running?"
                : null;
        ChainRow head = walk.head();
        return new Verification(finding == null && overdue == 0, walk.checked(),
                finding == null ? null : finding.sequence(), finding == null ? null : finding.entryId(),
                finding == null ? null : finding.kind(), problem, overdue,
                head == null ? null : head.sequence(), head == null ? null : head.hash());
    }

    /** Sequences every committed entry now instead of at the next turn of the sequencer; returns how many. */
    public int sequenceNow() {
        return sequencer.sequenceAll();
    }

    // Checkpoints show what the chain walk cannot: entries cut from its end, entries appended past the last
    // batch the sequencer wrote, and a chain rewritten consistently from some entry on.
    private Finding checkpointFinding(ChainWalk walk) {
        long last = walk.head() == null ? 0 : walk.head().sequence();
        Finding broken = repository.firstBrokenCheckpoint().map(c -> c.entryId() == null && c.sequence() > last
                ? new Finding(last + 1, null, Tampering.DELETED, (c.sequence() == last + 1 ? "entry " + (last + 1)
                        + " was deleted" : "entries " + (last + 1) + " to " + c.sequence() + " were deleted")
                        + ": checkpoint " + c.sequence() + " recorded them but the chain ends at " + last)
                : new Finding(c.sequence(), c.entryId(), Tampering.ALTERED, "entry " + c.sequence()
                        + " is not the entry checkpoint " + c.sequence() + " recorded: the chain was rewritten"))
                .orElse(null);
        long covered = repository.lastCheckpoint().map(AuditRepository.Link::sequence).orElse(0L);
        Finding uncovered = walk.finding() == null && last > covered
                ? new Finding(covered + 1, repository.entryIdAt(covered + 1), Tampering.INSERTED, "entry " + (covered + 1)
                        + " was inserted: no checkpoint covers it, so the sequencer did not write it")
                : null;
        return Finding.first(broken, uncovered);
    }

    private AuditEntry entry(ChainRow row) {
        return new AuditEntry(row.id(), row.occurredAt(), row.actor(), row.actorOrganisationId(), row.recordType(),
                row.recordId(), row.owner(), row.action(), parse(row.before()), parse(row.after()), row.reason(),
                row.sequence(), row.prevHash(), row.hash(), row.sequencedAt());
    }

    /** Reads a stored state keeping decimals exact: 1000.00 EUR must not come back as the double 1000.0. */
    private JsonNode parse(String text) {
        return text == null ? null
                : json.reader().with(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(text);
    }
}
