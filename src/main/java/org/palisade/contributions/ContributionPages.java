package org.palisade.contributions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.palisade.money.Currencies;
import org.palisade.money.CurrencyCode;
import org.palisade.money.Money;
import org.palisade.money.MoneyFormat;
import org.palisade.organisations.Organisation;
import org.palisade.organisations.OrganisationKind;
import org.palisade.organisations.Organisations;
import org.palisade.packages.AidPackage;
import org.palisade.packages.PackageStatus;
import org.palisade.packages.Packages;
import org.palisade.platform.Idempotency;
import org.palisade.platform.FormRefusals;
import org.palisade.platform.InvalidRequest;
import org.palisade.platform.Notice;
import org.palisade.platform.PageFormats;
import org.palisade.platform.PageOf;
import org.palisade.platform.Paging;
import org.palisade.platform.SortOrder;
import org.palisade.platform.WebPages;
import org.palisade.requirements.CapabilityCategory;
import org.palisade.security.CurrentViewer;
import org.palisade.security.Disclosure;
import org.palisade.security.AccessRefused;
import org.palisade.security.Viewer;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of contributions: the list, a pledge (alone or jointly), one contribution and its next stage. */
@WebPages
@RequestMapping("/contributions")
class ContributionPages {

    static final int PAGE_SIZE = 25;
    private final Contributions contributions;
    private final Organisations organisations;
    private final Packages packages;
    private final Clock clock;
    private final CurrentViewer current;
    private final Currencies currencies;
    private final Idempotency idempotency;

    ContributionPages(Contributions contributions, Organisations organisations, Packages packages, Clock clock,
            CurrentViewer current, Currencies currencies, Idempotency idempotency) {
        this.currencies = currencies;
        this.idempotency = idempotency;
        this.contributions = contributions;
        this.organisations = organisations;
        this.packages = packages;
        this.clock = clock;
        this.current = current;
    }

    @GetMapping
    String list(@RequestParam(required = false) UUID packageId, @RequestParam(required = false) ContributionStage stage,
            @RequestParam(required = false) UUID contributor, @RequestParam(required = false) CapabilityCategory earmark,
            @RequestParam(required = false) String currency,
            @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso =
                    org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso =
                    org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate until,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "0") int page, Model model) {
        CurrencyCode code = null;
        if (currency != null && !currency.isBlank()) {
            try {
                code = CurrencyCode.of(currency.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                model.addAttribute("currencyUnknown", true);
            }
        }
        // only the columns the list offers; anything else falls back to the newest first
        SortOrder order = Contributions.SORTABLE.read(sort, dir, Contributions.SORTABLE.first("announced"));
        PageOf<Contribution> result = contributions.list(new ContributionFilter(packageId, contributor, stage, earmark,
                code, from, until, null), Paging.of(page, PAGE_SIZE, order));
        model.addAttribute("result", result);
        model.addAttribute("stage", stage);
        model.addAttribute("stages", ContributionStage.values());
        model.addAttribute("packageId", packageId);
        model.addAttribute("contributor", contributor);
        model.addAttribute("earmark", earmark);
        model.addAttribute("currency", currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT));
        model.addAttribute("from", from);
        model.addAttribute("until", until);
        model.addAttribute("sort", order.text());
        model.addAttribute("categories", CapabilityCategory.values());
        model.addAttribute("contributorChoices", organisations.choices().stream()
                .filter(o -> o.is(OrganisationKind.CONTRIBUTOR)).toList());
        names(result.items(), model);
        SortOrder.Links sorting = SortOrder.Links.of(order, Contributions.SORTABLE, "announced",
                "contributions.announced", "pledged", "coverage.pledged", "stage", "contributions.stage");
        model.addAttribute("sorting", sorting);
        model.addAttribute("baseUrl", sorting.pages());
        return "contributions/list";
    }

    /** The contributions of one package, per contributor and stage: a part of the package page. */
    @GetMapping("/for-package/{packageId}")
    String forPackage(@PathVariable UUID packageId, Model model) {
        PageOf<Contribution> result = contributions.list(packageId, null, null,
                Paging.of(0, Paging.MAX_SIZE, "created,asc", Contributions.SORTABLE));
        model.addAttribute("result", result);
        model.addAttribute("packageId", packageId);
        names(result.items(), model);
        return "contributions/for-package :: section";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        Contribution c = contributions.get(id);
        model.addAttribute("contribution", c);
        // a stage is recorded by a contributor of one of the contributing nations
        model.addAttribute("mayAdvance", ContributionPermissions.mayAdvance(current.viewer(), c));
        names(List.of(c), model);
        if (!model.containsAttribute("stageForm")) {
            StageForm form = new StageForm();
            form.setAmount(c.current().amount());
            form.setDate(LocalDate.now(clock));
            model.addAttribute("stageForm", form);
        }
        if (!model.containsAttribute("correctionForm")) {
            CorrectionForm correction = new CorrectionForm();
            correction.setAmount(c.pledged().amount());
            correction.setPledgedOn(c.pledgedOn());
            model.addAttribute("correctionForm", correction);
        }
        return "contributions/show";
    }

    @PostMapping("/{id}/{stage:commit|pay}")
    String advance(@PathVariable UUID id, @PathVariable String stage, @RequestParam long version,
            @ModelAttribute("stageForm") StageForm form, BindingResult result, Model model,
            RedirectAttributes redirect, Locale locale) {
        Contribution c = contributions.get(id);
        Money amount = amount(form.getAmount(), c.pledged().currency(), "amount", result);
        if (form.getDate() == null && !result.hasFieldErrors("date")) {
            result.rejectValue("date", "NotNull");
        }
        if (result.hasErrors()) {
            return show(id, model);
        }
        try {
            // a second sending of the same form replays the first instead of failing on the version it moved
            Idempotency.FormOutcome outcome = idempotency.onceForForm(stage + " form", form.getFormKey(), form, () -> {
                Contribution after = "commit".equals(stage) ? contributions.commit(id, amount, form.getDate(), version)
                        : contributions.pay(id, amount, form.getDate(), version);
                return "/contributions/" + after.id();
            });
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("contributions.advanced",
                    "commit".equals(stage) ? "COMMITTED" : "PAID"));
            return "redirect:" + outcome.target();
        } catch (InvalidRequest refusal) {
            FormRefusals.bind(refusal, result, field -> field.startsWith("amount") ? "amount"
                    : "date".equals(field) ? "date" : null);
            return show(id, model);
        }
    }

    /** Withdraws a pledge from its page; the reason goes into the audit trail with the change. */
    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String reason,
            Model model, RedirectAttributes redirect) {
        try {
            contributions.withdraw(id, reason, version);
        } catch (InvalidRequest refusal) {
            var wording = refusal.violations().get(0).wording();
            model.addAttribute("withdrawalRefused", wording == null ? "contributions.withdraw.reason.required"
                    : wording.getCodes()[0]);
            model.addAttribute("reason", reason);
            return show(id, model);
        }
        redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("contributions.withdrawn"));
        return "redirect:/contributions/" + id;
    }

    /** Corrects a pledge's amount or date from its page; the reason goes into the audit trail with the change. */
    @PostMapping("/{id}/correct")
    String correct(@PathVariable UUID id, @RequestParam long version,
            @ModelAttribute("correctionForm") CorrectionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Contribution c = contributions.get(id);
        Money amount = amount(form.getAmount(), c.pledged().currency(), "amount", result);
        if (result.hasErrors()) {
            return show(id, model);
        }
        try {
            contributions.correct(id, amount, form.getPledgedOn(), form.getReason(), version);
        } catch (InvalidRequest refusal) {
            FormRefusals.bind(refusal, result, field -> field.startsWith("amount") ? "amount"
                    : "pledgedOn".equals(field) || "reason".equals(field) ? field : null);
            return show(id, model);
        }
        redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("contributions.corrected"));
        return "redirect:/contributions/" + id;
    }

    @GetMapping("/new")
    String newPledge(@RequestParam(required = false) UUID packageId, Model model) {
        PledgeForm form = new PledgeForm();
        form.setPackageId(packageId);
        // the lead is the viewer's own nation when they may pledge for it
        UUID own = current.organisationId();
        if (own != null && ContributionPermissions.mayLead(current.viewer(), own)) {
            form.setLead(own);
        }
        form.setAnnouncedOn(LocalDate.now(clock));
        model.addAttribute("form", form);
        return pledgeForm(model);
    }

    @PostMapping
    String pledge(@ModelAttribute("form") PledgeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        CurrencyCode currency = null;
        try {
            currency = CurrencyCode.of(form.getCurrency().strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            result.rejectValue("currency", "money.currency.unknown");
        }
        Money amount = currency == null ? null : amount(form.getAmount(), currency, "amount", result);
        if (form.getLead() == null) {
            result.rejectValue("lead", "contributions.lead.required");
        }
        if (form.getAnnouncedOn() == null && !result.hasFieldErrors("announcedOn")) {
            result.rejectValue("announcedOn", "NotNull");
        }
        if (result.hasErrors()) {
            return pledgeForm(model);
        }
        List<UUID> contributors = new ArrayList<>();
        contributors.add(form.getLead());
        form.getPartners().stream().filter(p -> !p.equals(form.getLead())).forEach(contributors::add);
        // money beyond what a package needs is accepted as surplus, and said so when it is recorded
        boolean surplus = alreadyFullyPledged(form.getPackageId());
        try {
            Money pledged = amount;
            Idempotency.FormOutcome outcome = idempotency.onceForForm("pledge form", form.getFormKey(), form, () -> {
                Contribution created = contributions.pledge(new Contributions.Pledge(contributors, pledged,
                        form.getPackageId(), form.getEarmark(), form.getDisclosure(), form.getAnnouncedOn(),
                        form.getPledgedOn(), form.getProgram(), form.getCategory()));
                return created.packageId() == null ? "/contributions/" + created.id()
                        : "/packages/" + created.packageId();
            });
            // said at the moment of pledging: a pledge no rate converts is kept but not yet counted, and money
            // beyond what the package needs is surplus
            Notice notice;
            if (outcome.repeated()) {
                notice = new Notice("contributions.pledged.repeated");
            } else if (!currencies.convertible(amount.currency().code())) {
                notice = new Notice("contributions.pledged.no-rate", amount.currency().code());
            } else if (surplus) {
                notice = new Notice("contributions.pledged.surplus", packages.get(form.getPackageId()).number());
            } else {
                notice = new Notice("contributions.pledged");
            }
            redirect.addFlashAttribute(Notice.ATTRIBUTE, notice);
            return "redirect:" + outcome.target();
        } catch (AccessRefused refused) {
            // the form offers only leads the viewer may pledge for; one sent anyway comes back beside its field
            result.rejectValue("lead", "contributions.lead.refused");
            return pledgeForm(model);
        } catch (InvalidRequest refusal) {
            FormRefusals.bind(refusal, result, field -> {
                if (field.equals("contributors[0]")) {
                    return "lead";
                }
                if (field.startsWith("contributors")) {
                    return "partners";
                }
                if (field.startsWith("amount")) {
                    return "amount";
                }
                return switch (field) {
                    case "package" -> "packageId";
                    case "announcedOn", "disclosure", "pledgedOn", "program", "category" -> field;
                    default -> null;
                };
            });
            return pledgeForm(model);
        }
    }

    /**
     * Reads an amount typed by a person: required, positive, at most 10^13, and no more decimals than the
     * currency has. Each problem is put beside the field in the reader's language.
     */
    static Money amount(BigDecimal typed, CurrencyCode currency, String field, BindingResult result) {
        if (result.hasFieldErrors(field)) {
            return null;
        }
        if (typed == null) {
            result.rejectValue(field, "NotNull");
            return null;
        }
        if (typed.signum() <= 0 || typed.compareTo(Money.MAX) > 0) {
            result.rejectValue(field, "money.amount.range");
            return null;
        }
        try {
            return new Money(typed, currency);
        } catch (IllegalArgumentException e) {
            result.rejectValue(field, "money.amount.decimals", new Object[] {currency.code(), currency.minorUnits()}, null);
            return null;
        }
    }

    /** Whether the package's pledges already cover its whole target (false when unknown). */
    private boolean alreadyFullyPledged(UUID packageId) {
        if (packageId == null) {
            return false;
        }
        try {
            return packages.coverage(packageId).pledged().isComplete();
        } catch (org.palisade.platform.NotFound e) {
            return false;
        }
    }

    private String pledgeForm(Model model) {
        List<Organisation> all = organisations.choices();
        List<Organisation> contributors = all.stream().filter(o -> o.is(OrganisationKind.CONTRIBUTOR)).toList();
        Viewer viewer = current.viewer();
        model.addAttribute("contributors", contributors);
        // the leads the viewer may pledge for, and partners other than the lead
        List<Organisation> leads = viewer.organisationId() != null
                ? organisations.all(List.of(viewer.organisationId())) : contributors;
        model.addAttribute("leads", leads.stream().filter(o -> o.is(OrganisationKind.CONTRIBUTOR)
                && ContributionPermissions.mayLead(viewer, o.id())).toList());
        Object form = model.getAttribute("form");
        UUID lead = form instanceof PledgeForm f ? f.getLead() : null;
        model.addAttribute("partnerChoices", contributors.stream().filter(o -> !o.id().equals(lead)).toList());
        model.addAttribute("packages", packages.list(null, Paging.of(0, Paging.MAX_SIZE, "number,desc", Packages.SORTABLE))
                .items().stream().filter(p -> p.status().takesContributions())
                .toList());
        model.addAttribute("categories", CapabilityCategory.values());
        model.addAttribute("programs", Program.values());
        model.addAttribute("disclosures", Disclosure.values());
        return "contributions/form";
    }

    /** Organisation and package names for a page of contributions: two queries whatever the page size. */
    private void names(List<Contribution> list, Model model) {
        Set<UUID> orgIds = new HashSet<>();
        Set<UUID> packageIds = new HashSet<>();
        list.forEach(c -> {
            orgIds.addAll(c.contributors());
            if (c.packageId() != null) {
                packageIds.add(c.packageId());
            }
        });
        Map<UUID, Organisation> orgs = new LinkedHashMap<>();
        organisations.all(orgIds).forEach(o -> orgs.put(o.id(), o));
        Map<UUID, AidPackage> pkgs = new LinkedHashMap<>();
        packages.all(packageIds).forEach(p -> pkgs.put(p.id(), p));
        model.addAttribute("orgs", orgs);
        model.addAttribute("pkgs", pkgs);
    }
}
