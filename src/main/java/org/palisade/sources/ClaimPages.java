package org.palisade.sources;

import java.util.UUID;
import org.palisade.money.CurrencyCode;
import org.palisade.money.Money;
import org.palisade.platform.FormRefusals;
import org.palisade.platform.Idempotency;
import org.palisade.platform.InvalidRequest;
import org.palisade.platform.Notice;
import org.palisade.platform.Paging;
import org.palisade.platform.SortOrder;
import org.palisade.platform.Violations;
import org.palisade.platform.WebPages;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of claims: a record's claims side by side (its own page, and a part loaded into the contribution's or the
 * package's page, which must not depend on this module), the forms to add a claim and to choose the used one, the
 * list of open conflicts and the form that resolves one.
 */
@WebPages
@RequestMapping("/claims")
class ClaimPages {

    static final int PAGE_SIZE = 20;

    private final Claims claims;
    private final ClaimViews views;
    private final Sources sources;
    private final Idempotency idempotency;
    private final org.palisade.security.CurrentViewer current;

    ClaimPages(Claims claims, ClaimViews views, Sources sources, Idempotency idempotency,
            org.palisade.security.CurrentViewer current) {
        this.current = current;
        this.claims = claims;
        this.views = views;
        this.sources = sources;
        this.idempotency = idempotency;
    }

    @GetMapping("/contributions/{id}")
    String ofContribution(@PathVariable UUID id, Model model) {
        return page(views.ofContribution(id), model);
    }

    @GetMapping("/packages/{id}")
    String ofPackage(@PathVariable UUID id, Model model) {
        return page(views.ofPackage(id), model);
    }

    /** The claims part of a contribution's page. */
    @GetMapping("/for-contribution/{id}")
    String forContribution(@PathVariable UUID id, Model model) {
        model.addAttribute("view", views.ofContribution(id));
        return "claims/for-record :: section";
    }

    /** The claims part of a package's page. */
    @GetMapping("/for-package/{id}")
    String forPackage(@PathVariable UUID id, Model model) {
        model.addAttribute("view", views.ofPackage(id));
        return "claims/for-record :: section";
    }

    private String page(ClaimViews.RecordClaims view, Model model) {
        model.addAttribute("view", view);
        if (!model.containsAttribute("claimForm")) {
            model.addAttribute("claimForm", new ClaimForm());
        }
        if (!model.containsAttribute("useForm")) {
            model.addAttribute("useForm", new DecisionForm());
        }
        if (view.mayClaim()) {
            model.addAttribute("sources", sources.list(Paging.of(0, Paging.MAX_SIZE, "published,desc",
                    Sources.SORTABLE)).items());
        }
        model.addAttribute("bounds", ClaimBound.values());
        model.addAttribute("precisions", DatePrecision.values());
        model.addAttribute("programs", ClaimProgram.values());
        return "claims/record";
    }

    @PostMapping("/contributions/{id}")
    String claimAboutContribution(@PathVariable UUID id, @ModelAttribute("claimForm") ClaimForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return recordClaim(form, result, model, redirect, () -> views.ofContribution(id),
                v -> claims.recordFor(id, draft(form, v), v));
    }

    @PostMapping("/packages/{id}")
    String claimAboutPackage(@PathVariable UUID id, @ModelAttribute("claimForm") ClaimForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return recordClaim(form, result, model, redirect, () -> views.ofPackage(id),
                v -> claims.recordForPackage(id, draft(form, v), v));
    }

    private String recordClaim(ClaimForm form, BindingResult result, Model model, RedirectAttributes redirect,
            java.util.function.Supplier<ClaimViews.RecordClaims> view,
            java.util.function.Function<Violations, Claim> record) {
        ClaimViews.RecordClaims shown = view.get();
        if (result.hasErrors()) {
            return page(shown, model);
        }
        try {
            Idempotency.FormOutcome outcome = idempotency.onceForForm("claim form", form.getFormKey(), form, () -> {
                record.apply(new Violations());
                return shown.record().path();
            });
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice(outcome.repeated() ? "claims.recorded.repeated"
                    : "claims.recorded"));
            return "redirect:" + outcome.target();
        } catch (InvalidRequest refusal) {
            FormRefusals.bind(refusal, result, field -> {
                String claimField = ClaimForm.claimField(field);
                if (claimField != null) {
                    return claimField;
                }
                return switch (field) {
                    case "sourceId", "items", "evidence" -> field;
                    default -> null;
                };
            });
            return page(shown, model);
        }
    }

    private static ClaimDraft draft(ClaimForm form, Violations v) {
        Money amount = null;
        boolean hasCurrency = form.getCurrency() != null && !form.getCurrency().isBlank();
        if (form.getAmount() != null) {
            if (!hasCurrency) {
                v.add("currency", new ClaimRefusal.CurrencyMissing());
            } else {
                try {
                    amount = Money.of(form.getAmount(), CurrencyCode.of(form.getCurrency().strip()
                            .toUpperCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    v.add("amount", new ClaimRefusal.AmountOutOfRange(form.getAmount(), form.getCurrency().strip()));
                }
            }
        }
        return new ClaimDraft(form.getSourceId(), form.contributorCodes(), amount, form.getBound(), form.getDate(),
                form.getDatePrecision(), form.getProgram(), form.getItems(), form.getEvidence());
    }

    @PostMapping("/{id}/use")
    String use(@PathVariable UUID id, @RequestParam long version, @ModelAttribute("useForm") DecisionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Claim claim = claims.get(id);
        String back = claim.contributionId() != null ? "/claims/contributions/" + claim.contributionId()
                : "/claims/packages/" + claim.packageId();
        try {
            Idempotency.FormOutcome outcome = idempotency.onceForForm("use claim form", form.getFormKey(), form, () -> {
                claims.use(id, form.getReason(), version);
                return back;
            });
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("claims.used.notice", claim.number()));
            return "redirect:" + outcome.target();
        } catch (InvalidRequest refusal) {
            FormRefusals.bind(refusal, result, field -> "reason".equals(field) ? "reason" : null);
            model.addAttribute("useClaimId", id);
            return page(claim.contributionId() != null ? views.ofContribution(claim.contributionId())
                    : views.ofPackage(claim.packageId()), model);
        }
    }

    @GetMapping("/conflicts")
    String conflicts(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, Model model) {
        SortOrder order = Claims.CONFLICT_SORTABLE.read(sort, dir, Claims.CONFLICT_SORTABLE.first("detected"));
        model.addAttribute("result", views.openConflicts(Paging.of(page, PAGE_SIZE, order)));
        model.addAttribute("sorting", SortOrder.Links.of(order, Claims.CONFLICT_SORTABLE, "detected",
                "claims.conflicts.detected", "field", "claims.field"));
        return "claims/conflicts";
    }

    @GetMapping("/conflicts/{id}")
    String conflict(@PathVariable UUID id, Model model) {
        ClaimConflict k = claims.conflict(id);
        model.addAttribute("row", views.conflict(k));
        model.addAttribute("mayResolve", SourcePermissions.mayDecide(current.viewer()));
        if (!model.containsAttribute("form")) {
            DecisionForm form = new DecisionForm();
            form.setDecision(ConflictDecision.KEEP_USED);
            model.addAttribute("form", form);
        }
        model.addAttribute("decisions", ConflictDecision.values());
        return "claims/conflict";
    }

    @PostMapping("/conflicts/{id}/resolve")
    String resolve(@PathVariable UUID id, @RequestParam long version, @ModelAttribute("form") DecisionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            Idempotency.FormOutcome outcome = idempotency.onceForForm("resolve conflict form", form.getFormKey(), form,
                    () -> {
                        ClaimConflict k = claims.resolve(id, form.getDecision(), form.getClaimId(), form.getReason(),
                                version);
                        return k.contributionId() != null ? "/claims/contributions/" + k.contributionId()
                                : "/claims/packages/" + k.packageId();
                    });
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("claims.conflict.resolved"));
            return "redirect:" + outcome.target();
        } catch (InvalidRequest refusal) {
            FormRefusals.bind(refusal, result, field -> switch (field) {
                case "decision", "claimId", "reason" -> field;
                default -> null;
            });
            return conflict(id, model);
        }
    }

}
