package org.palisade.sources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.palisade.money.Money;
import org.palisade.money.MoneyAmount;
import org.palisade.platform.Idempotency;
import org.palisade.platform.PageOf;
import org.palisade.platform.Paging;
import org.palisade.platform.Versions;
import org.palisade.platform.Violations;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Claims", description = "What sources say about contributions and packages; the claim each uses; conflicts")
class ClaimApi {

    private final Claims claims;
    private final Idempotency idempotency;

    ClaimApi(Claims claims, Idempotency idempotency) {
        this.claims = claims;
        this.idempotency = idempotency;
    }

    record ClaimJson(UUID id, int number, UUID contributionId, UUID packageId, UUID sourceId, List<String> contributors,
            MoneyAmount amount, ClaimBound bound, LocalDate date, DatePrecision datePrecision, ClaimProgram program,
            String items, String evidence, boolean used, String chosenBy, Instant chosenAt, String chosenReason,
            Instant createdAt, String createdBy, long version) {

        static ClaimJson of(Claim c) {
            return new ClaimJson(c.id(), c.number(), c.contributionId(), c.packageId(), c.sourceId(), c.contributors(),
                    MoneyAmount.of(c.amount()), c.bound(), c.date(), c.datePrecision(), c.program(), c.items(),
                    c.evidence(), c.used(), c.chosenBy(), c.chosenAt(), c.chosenReason(), c.createdAt(), c.createdBy(),
                    c.version());
        }
    }

    record ConflictJson(UUID id, int number, UUID contributionId, UUID packageId, ConflictField field,
            List<UUID> claims, Instant detectedAt, boolean open, ConflictDecision decision, UUID keptClaimId,
            String reason, Instant resolvedAt, String resolvedBy, long version) {

        static ConflictJson of(ClaimConflict k) {
            return new ConflictJson(k.id(), k.number(), k.contributionId(), k.packageId(), k.field(), k.claims(),
                    k.detectedAt(), k.isOpen(), k.decision(), k.keptClaimId(), k.reason(), k.resolvedAt(),
                    k.resolvedBy(), k.version());
        }
    }

    record RecordClaimsJson(List<ClaimJson> claims, List<ConflictJson> conflicts) {
    }

    record NewClaim(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID sourceId,
            @Schema(description = "Organisation codes as the source names them", example = "[\"DNK\", \"NOR\", \"SWE\"]")
            List<String> contributors,
            MoneyAmount amount,
            @Schema(description = "Default EXACT") ClaimBound bound,
            LocalDate date,
            @Schema(description = "DAY (default) or MONTH: a month is kept on its first day") DatePrecision datePrecision,
            ClaimProgram program, String items,
            @Schema(description = "The sentence the claim rests on") String evidence) {
    }

    record Reason(String reason) {
    }

    record Resolution(ConflictDecision decision,
            @Schema(description = "With USE_OTHER: the claim in conflict the record uses from now on") UUID claimId,
            String reason) {
    }

    @GetMapping("/contributions/{id}/claims")
    @Operation(summary = "The claims about a contribution and their conflicts (as the contribution may be seen)")
    RecordClaimsJson ofContribution(@PathVariable UUID id) {
        return json(claims.ofContribution(id), id);
    }

    @GetMapping("/packages/{id}/claims")
    @Operation(summary = "The claims about a package and their conflicts (as the package may be seen)")
    RecordClaimsJson ofPackage(@PathVariable UUID id) {
        return json(claims.ofPackage(id), id);
    }

    @PostMapping("/contributions/{id}/claims")
    @Operation(summary = "Record what a source says about a contribution (coordinators, administrators, its contributors)",
            description = "The first claim about a record becomes the one it uses. Send an Idempotency-Key header to make a retry safe.")
    ResponseEntity<String> claimAboutContribution(@PathVariable UUID id, @RequestBody NewClaim body,
            @RequestHeader(name = Idempotency.HEADER, required = false) String key) {
        return idempotency.once("POST /api/v1/contributions/" + id + "/claims", key, body, () -> {
            Violations v = new Violations();
            Claim c = claims.recordFor(id, draft(body, v), v);
            return ResponseEntity.created(URI.create("/api/v1/claims/" + c.id())).body(ClaimJson.of(c));
        });
    }

    @PostMapping("/packages/{id}/claims")
    @Operation(summary = "Record what a source says about a package (coordinators, administrators)",
            description = "Send an Idempotency-Key header to make a retry safe.")
    ResponseEntity<String> claimAboutPackage(@PathVariable UUID id, @RequestBody NewClaim body,
            @RequestHeader(name = Idempotency.HEADER, required = false) String key) {
        return idempotency.once("POST /api/v1/packages/" + id + "/claims", key, body, () -> {
            Violations v = new Violations();
            Claim c = claims.recordForPackage(id, draft(body, v), v);
            return ResponseEntity.created(URI.create("/api/v1/claims/" + c.id())).body(ClaimJson.of(c));
        });
    }

    @GetMapping("/claims/{id}")
    @Operation(summary = "One claim (as the record it is about may be seen)")
    ResponseEntity<ClaimJson> get(@PathVariable UUID id) {
        Claim c = claims.get(id);
        return ResponseEntity.ok().eTag("\"" + c.version() + "\"").body(ClaimJson.of(c));
    }

    @PostMapping("/claims/{id}/use")
    @Operation(summary = "Make this the claim its record uses, with the reason (coordinators, administrators)",
            description = "Send the claim's ETag as If-Match to refuse a change made meanwhile")
    ClaimJson use(@PathVariable UUID id, @RequestBody Reason body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ClaimJson.of(claims.use(id, body == null ? null : body.reason(), Versions.parse(ifMatch)));
    }

    @GetMapping("/claims/conflicts")
    @Operation(summary = "Open conflicts between claims about records the caller may see",
            description = "Newest first; sort by detected, number or field")
    PageOf<ConflictJson> conflicts(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        Paging paging = Paging.of(page, size, sort == null ? "detected,desc" : sort, Claims.CONFLICT_SORTABLE);
        return claims.openConflicts(paging).map(ConflictJson::of);
    }

    @GetMapping("/claims/conflicts/{id}")
    @Operation(summary = "One conflict")
    ResponseEntity<ConflictJson> conflict(@PathVariable UUID id) {
        ClaimConflict k = claims.conflict(id);
        return ResponseEntity.ok().eTag("\"" + k.version() + "\"").body(ConflictJson.of(k));
    }

    @PostMapping("/claims/conflicts/{id}/resolve")
    @Operation(summary = "Resolve a conflict with a decision and its reason (coordinators, administrators)",
            description = "KEEP_USED, USE_OTHER (with claimId, which the record then uses) or NOT_A_CONFLICT")
    ConflictJson resolve(@PathVariable UUID id, @RequestBody Resolution body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ConflictJson.of(claims.resolve(id, body.decision(), body.claimId(), body.reason(), Versions.parse(ifMatch)));
    }

    private RecordClaimsJson json(List<Claim> found, UUID recordId) {
        return new RecordClaimsJson(found.stream().map(ClaimJson::of).toList(),
                claims.conflictsAbout(recordId).stream().map(ConflictJson::of).toList());
    }

    private static ClaimDraft draft(NewClaim body, Violations v) {
        Money amount = body.amount() == null ? null : body.amount().toMoney("amount", v);
        return new ClaimDraft(body.sourceId(), body.contributors(), amount, body.bound(), body.date(),
                body.datePrecision(), body.program(), body.items(), body.evidence());
    }
}
