package org.palisade.contributions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.palisade.money.ExchangeRates;
import org.palisade.money.Money;
import org.palisade.money.MoneyAmount;
import org.palisade.organisations.Organisation;
import org.palisade.organisations.Organisations;
import org.palisade.platform.Idempotency;
import org.palisade.platform.InvalidRequest;
import org.palisade.platform.PageOf;
import org.palisade.platform.Preamble;
import org.palisade.platform.Paging;
import org.palisade.platform.Versions;
import org.palisade.platform.Violations;
import org.palisade.requirements.CapabilityCategory;
import org.palisade.security.Disclosure;
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
@RequestMapping("/api/v1/contributions")
@Tag(name = "Contributions", description = "Pledges, commitments and payments, alone or jointly")
class ContributionApi {

    private final Contributions contributions;
    private final Organisations organisations;
    private final Idempotency idempotency;
    private final List<Preamble> pledgeFirst;

    ContributionApi(Contributions contributions, Organisations organisations, Idempotency idempotency,
            ExchangeRates rates) {
        this.contributions = contributions;
        this.organisations = organisations;
        this.idempotency = idempotency;
        // a pledge is converted while no rate is being recorded: the lock rides on the key's claim
        this.pledgeFirst = List.of(rates.heldSteady());
    }

    record ContributionJson(UUID id, List<String> contributors, UUID packageId, CapabilityCategory earmark,
            Program program, CapabilityCategory category, Disclosure disclosure, LocalDate announcedOn, ContributionStage stage, MoneyAmount pledged,
            LocalDate pledgedOn, MoneyAmount committed, LocalDate committedOn, MoneyAmount paid, LocalDate paidOn,
            Instant createdAt, long version) {
    }

    /**
     * @param program  optional: PURL (the default; a package contribution is always PURL) or OTHER
     * @param category optional capability category of money for the general pool (no packageId); refused with a
     *                 package, whose items say what it buys
     */
    record PledgeJson(List<String> contributors, MoneyAmount amount, UUID packageId, CapabilityCategory earmark,
            Disclosure disclosure, LocalDate announcedOn, LocalDate pledgedOn,
            @Schema(description = "PURL (default; the only program a package takes) or OTHER") Program program,
            @Schema(description = "capability category of general-pool money; refused with packageId") CapabilityCategory category) {
    }

    record WithdrawalJson(String reason) {
    }

    record StageJson(MoneyAmount amount, LocalDate date) {
    }

    record CorrectionJson(MoneyAmount amount, LocalDate pledgedOn, String reason) {
    }

    @GetMapping
    @Operation(summary = "List contributions the caller may see",
            description = "Filter by package, contributor (organisation code) or stage; sort by announced, stage (pledged to withdrawn), created or pledged")
    PageOf<ContributionJson> list(@RequestParam(required = false) UUID packageId,
            @RequestParam(required = false) String contributor, @RequestParam(required = false) ContributionStage stage,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        Paging paging = Paging.of(page, size, sort, Contributions.SORTABLE);
        UUID contributorId = null;
        if (contributor != null) {
            contributorId = organisations.byCode(contributor).map(Organisation::id)
                    .orElseThrow(() -> new InvalidRequest("contributor", "unknown organisation '" + contributor + "'"));
        }
        PageOf<Contribution> found = contributions.list(packageId, contributorId, stage, paging);
        Map<UUID, String> codes = codes(found.items());
        return found.map(c -> json(c, codes));
    }

    @GetMapping("/{id}")
    ResponseEntity<ContributionJson> get(@PathVariable UUID id) {
        Contribution c = contributions.get(id);
        return ResponseEntity.ok().eTag("\"" + c.version() + "\"").body(json(c, codes(List.of(c))));
    }

    @PostMapping
    @Operation(summary = "Record a pledge", description = "Requires an Idempotency-Key header: a retry with the same key "
            + "and body returns the first response and records nothing new")
    ResponseEntity<String> pledge(@RequestBody PledgeJson body,
            @RequestHeader(name = Idempotency.HEADER, required = false) String key) {
        if (key == null) {
            throw new InvalidRequest(Idempotency.HEADER, "an Idempotency-Key header is required to record money");
        }
        // the hottest write: its look-ups by code and id, and its writing statement, planned once
        return idempotency.onceAsHotWrite("POST /api/v1/contributions", key, body, pledgeFirst, () -> {
            Violations v = new Violations();
            Money amount = body.amount() == null ? null : body.amount().toRecordedMoney("amount", v);
            List<UUID> contributors = body.contributors() == null ? null
                    : organisations.resolveCodes(body.contributors(), "contributors", v);
            v.throwIfAny();
            Contribution c = contributions.pledge(new Contributions.Pledge(contributors, amount, body.packageId(),
                    body.earmark(), body.disclosure(), body.announcedOn(), body.pledgedOn(), body.program(),
                    body.category()));
            return ResponseEntity.created(URI.create("/api/v1/contributions/" + c.id()))
                    .body(json(c, codesAsSent(body.contributors(), contributors, c)));
        });
    }

    @PostMapping("/{id}/commit")
    @Operation(summary = "Commit (part of) the pledge: amount ≤ pledged, date on or after the pledge")
    ResponseEntity<String> commit(@PathVariable UUID id, @RequestBody StageJson body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestHeader(name = Idempotency.HEADER, required = false) String key) {
        return idempotency.once("POST /api/v1/contributions/" + id + "/commit", key, body, () -> {
            Money amount = stageAmount(body);
            Contribution c = contributions.commit(id, amount, body.date(), Versions.parse(ifMatch));
            return ResponseEntity.ok(json(c, codes(List.of(c))));
        });
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw a pledge, with its reason (kept in the audit trail); committed money cannot be withdrawn")
    ResponseEntity<String> withdraw(@PathVariable UUID id, @RequestBody WithdrawalJson body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestHeader(name = Idempotency.HEADER, required = false) String key) {
        return idempotency.once("POST /api/v1/contributions/" + id + "/withdraw", key, body, () -> {
            Contribution c = contributions.withdraw(id, body.reason(), Versions.parse(ifMatch));
            return ResponseEntity.ok(json(c, codes(List.of(c))));
        });
    }

    @PostMapping("/{id}/correct")
    @Operation(summary = "Correct a pledge's amount or date, with its reason (kept in the audit trail with the figures "
            + "before and after); only a pledge, in its own currency: committed money is recorded as it happened")
    ResponseEntity<String> correct(@PathVariable UUID id, @RequestBody CorrectionJson body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestHeader(name = Idempotency.HEADER, required = false) String key) {
        return idempotency.once("POST /api/v1/contributions/" + id + "/correct", key, body, () -> {
            Violations v = new Violations();
            Money amount = body.amount() == null ? null : body.amount().toRecordedMoney("amount", v);
            v.check(body.amount() != null, "amount", "amount is required");
            v.check(body.pledgedOn() != null, "pledgedOn", "pledgedOn is required");
            v.throwIfAny();
            Contribution c = contributions.correct(id, amount, body.pledgedOn(), body.reason(), Versions.parse(ifMatch));
            return ResponseEntity.ok(json(c, codes(List.of(c))));
        });
    }

    @PostMapping("/{id}/pay")
    @Operation(summary = "Record payment: amount ≤ committed, date on or after the commitment")
    ResponseEntity<String> pay(@PathVariable UUID id, @RequestBody StageJson body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestHeader(name = Idempotency.HEADER, required = false) String key) {
        return idempotency.once("POST /api/v1/contributions/" + id + "/pay", key, body, () -> {
            Money amount = stageAmount(body);
            Contribution c = contributions.pay(id, amount, body.date(), Versions.parse(ifMatch));
            return ResponseEntity.ok(json(c, codes(List.of(c))));
        });
    }

    private static Money stageAmount(StageJson body) {
        Violations v = new Violations();
        Money amount = body.amount() == null ? null : body.amount().toRecordedMoney("amount", v);
        v.check(body.amount() != null, "amount", "amount is required");
        v.check(body.date() != null, "date", "date is required");
        v.throwIfAny();
        return amount;
    }

    /**
     * The codes of a new pledge's contributors as the request named them: they were just resolved to these ids,
     * one id per distinct code and in the same order, so the answer needs no second look-up.
     */
    private Map<UUID, String> codesAsSent(List<String> codes, List<UUID> ids, Contribution c) {
        List<String> distinct = codes.stream().distinct().toList();
        if (distinct.size() != ids.size()) {
            return codes(List.of(c));
        }
        Map<UUID, String> byId = new java.util.HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            byId.put(ids.get(i), distinct.get(i));
        }
        return byId;
    }

    private Map<UUID, String> codes(List<Contribution> list) {
        List<UUID> ids = list.stream().flatMap(c -> c.contributors().stream()).distinct().toList();
        return organisations.all(ids).stream().collect(Collectors.toMap(Organisation::id, o -> o.code().value()));
    }

    private static ContributionJson json(Contribution c, Map<UUID, String> codes) {
        Function<UUID, String> code = id -> codes.getOrDefault(id, id.toString());
        return new ContributionJson(c.id(), c.contributors().stream().map(code).toList(), c.packageId(), c.earmark(),
                c.program(), c.category(), c.disclosure(), c.announcedOn(), c.stage(), MoneyAmount.of(c.pledged()), c.pledgedOn(),
                MoneyAmount.of(c.committed()), c.committedOn(), MoneyAmount.of(c.paid()), c.paidOn(), c.createdAt(),
                c.version());
    }
}
