package org.palisade.requirements;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.palisade.organisations.Organisation;
import org.palisade.organisations.OrganisationKind;
import org.palisade.organisations.Organisations;
import org.palisade.platform.FormRefusals;
import org.palisade.platform.InvalidRequest;
import org.palisade.platform.Notice;
import org.palisade.platform.Paging;
import org.palisade.platform.SortOrder;
import org.palisade.platform.WebPages;
import org.palisade.security.CurrentViewer;
import org.palisade.security.Role;
import org.palisade.security.Viewer;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of the prioritized requirement list: the version in force and the one being worked on, editing a
 * draft (re-ranking without a page reload), submitting, approving per party, and comparing two versions.
 */
@WebPages
@RequestMapping("/requirements")
class RequirementPages {

    private final Requirements requirements;
    private final Organisations organisations;
    private final CurrentViewer current;
    private final java.time.Clock clock;

    RequirementPages(Requirements requirements, Organisations organisations, CurrentViewer current,
            java.time.Clock clock) {
        this.clock = clock;
        this.requirements = requirements;
        this.organisations = organisations;
        this.current = current;
    }

    @GetMapping
    String overview(Model model) {
        Optional<RequirementList> approved = requirements.latestApproved();
        Optional<RequirementList> open = requirements.currentDraft();
        model.addAttribute("approved", approved.orElse(null));
        model.addAttribute("open", open.orElse(null));
        model.addAttribute("withheld", requirements.withheld());
        model.addAttribute("signedIn", current.signedIn().isPresent());
        if (approved.isEmpty() && open.isEmpty()) {
            model.addAttribute("recipients", byKind(OrganisationKind.RECIPIENT));
        }
        return "requirements/overview";
    }

    @PostMapping("/drafts")
    String startDraft(@RequestParam(required = false) UUID recipient, RedirectAttributes redirect) {
        RequirementList draft = requirements.startDraft(recipient);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("requirements.draft-started", draft.number()));
        return "redirect:/requirements/" + draft.id();
    }

    @GetMapping("/versions")
    String versions(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, Model model) {
        SortOrder order = Requirements.SORTABLE.read(sort, dir, Requirements.SORTABLE.first("number"));
        model.addAttribute("result", requirements.versions(Paging.of(page, 25, order)));
        model.addAttribute("sorting", SortOrder.Links.of(order, Requirements.SORTABLE, "number",
                "requirements.version.label", "status", "requirements.status", "items", "requirements.items",
                "updated", "requirements.updated", "approved", "requirements.approved-on"));
        model.addAttribute("all", requirements.versions(Paging.of(0, Paging.MAX_SIZE, "number,desc", Requirements.SORTABLE)).items());
        model.addAttribute("withheld", requirements.withheld());
        model.addAttribute("signedIn", current.signedIn().isPresent());
        return "requirements/versions";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        RequirementList list = requirements.get(id);
        model.addAttribute("list", list);
        // only the recipient's planners change its list; everyone else reads it
        model.addAttribute("mayEdit", ListPermissions.mayChange(current.viewer(), list));
        model.addAttribute("owner", organisations.all(List.of(list.ownerId())).stream().findFirst().orElse(null));
        model.addAttribute("today", java.time.LocalDate.now(clock));
        // a version being worked on or approved is read against the version in force
        if (list.status() == ListStatus.DRAFT || list.status() == ListStatus.SUBMITTED) {
            requirements.latestApproved().filter(approved -> !approved.id().equals(list.id()))
                    .ifPresent(approved -> model.addAttribute("inForce", approved));
        }
        if (list.status() == ListStatus.SUBMITTED) {
            model.addAttribute("parties", list.missingApprovals());
            // each person approves only for their own party and organisation; internal work may act for any
            Viewer viewer = current.viewer();
            Map<Party, List<Organisation>> approvers = new LinkedHashMap<>();
            for (Party party : list.missingApprovals()) {
                List<Organisation> candidates = (party == Party.RECIPIENT
                        ? organisations.all(List.of(list.ownerId())) : byKind(party.kind())).stream()
                        .filter(o -> ListPermissions.mayApprove(viewer, list, party, o.id())).toList();
                if (!candidates.isEmpty()) {
                    approvers.put(party, candidates);
                }
            }
            model.addAttribute("approvers", approvers);
            model.addAttribute("ownOrganisation", current.organisationId());
        }
        Map<UUID, Organisation> approvedBy = new LinkedHashMap<>();
        organisations.all(list.approvals().stream().map(Approval::organisationId).toList())
                .forEach(o -> approvedBy.put(o.id(), o));
        model.addAttribute("approvedBy", approvedBy);
        return "requirements/show";
    }

    /**
     * Moves an item one place. From htmx, answers only the draft's items (with the moved item's button to
     * focus next), so the page is not reloaded; without script, the whole page again.
     */
    @PostMapping("/{id}/items/{itemId}/move")
    String move(@PathVariable UUID id, @PathVariable UUID itemId, @RequestParam Move.Direction direction,
            @RequestParam long version, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        RequirementList after = requirements.moveItem(id, itemId, new Move(direction, null), version);
        if (htmx == null) {
            return "redirect:/requirements/" + id + "#item-" + itemId;
        }
        model.addAttribute("list", after);
        model.addAttribute("today", java.time.LocalDate.now(clock));
        model.addAttribute("moved", itemId);
        // keep focus on the same button, unless the item reached the end and that button is now disabled
        int rank = after.item(itemId).map(RequirementItem::rank).orElse(1);
        boolean atEnd = direction == Move.Direction.UP ? rank == 1 : rank == after.items().size();
        Move.Direction focus = !atEnd ? direction : direction == Move.Direction.UP ? Move.Direction.DOWN : Move.Direction.UP;
        model.addAttribute("focusDirection", focus.name());
        return "requirements/show :: draftItems";
    }

    @PostMapping("/{id}/items/{itemId}/remove")
    String remove(@PathVariable UUID id, @PathVariable UUID itemId, @RequestParam long version,
            RedirectAttributes redirect) {
        RequirementList after = requirements.removeItem(id, itemId, version);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("requirements.item-removed", after.number()));
        return "redirect:/requirements/" + id;
    }

    @GetMapping("/{id}/items/new")
    String newItem(@PathVariable UUID id, Model model) {
        RequirementList list = requirements.get(id);
        RequirementItemForm form = new RequirementItemForm();
        form.setVersion(list.version());
        model.addAttribute("item", form);
        return itemForm(list, null, model);
    }

    @PostMapping("/{id}/items")
    String addItem(@PathVariable UUID id, @ModelAttribute("item") RequirementItemForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        RequirementList list = requirements.get(id);
        checkShape(form, result);
        if (result.hasErrors()) {
            return itemForm(list, null, model);
        }
        try {
            Requirements.ItemAdded added = requirements.addItem(id, form.toInput(), form.getRank(), form.getVersion());
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("requirements.item-added", added.item().rank()));
            return "redirect:/requirements/" + id;
        } catch (InvalidRequest refusal) {
            FormRefusals.bind(refusal, result, RequirementPages::formField);
            return itemForm(list, null, model);
        }
    }

    @GetMapping("/{id}/items/{itemId}/edit")
    String editItem(@PathVariable UUID id, @PathVariable UUID itemId, Model model) {
        RequirementList list = requirements.get(id);
        RequirementItem item = list.item(itemId).orElseThrow(() -> new org.palisade.platform.NotFound("item", itemId));
        model.addAttribute("item", RequirementItemForm.of(item, list.version()));
        return itemForm(list, item, model);
    }

    @PostMapping("/{id}/items/{itemId}")
    String saveItem(@PathVariable UUID id, @PathVariable UUID itemId, @ModelAttribute("item") RequirementItemForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        RequirementList list = requirements.get(id);
        RequirementItem item = list.item(itemId).orElseThrow(() -> new org.palisade.platform.NotFound("item", itemId));
        checkShape(form, result);
        if (result.hasErrors()) {
            return itemForm(list, item, model);
        }
        try {
            requirements.editItem(id, itemId, form.toInput(), form.getVersion());
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("requirements.item-saved", item.rank()));
            return "redirect:/requirements/" + id;
        } catch (InvalidRequest refusal) {
            FormRefusals.bind(refusal, result, RequirementPages::formField);
            return itemForm(list, item, model);
        }
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        RequirementList after = requirements.submit(id, version);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("requirements.submitted", after.number()));
        return "redirect:/requirements/" + id;
    }

    @PostMapping("/{id}/reopen")
    String reopen(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        RequirementList after = requirements.reopen(id, version);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("requirements.reopened", after.number()));
        return "redirect:/requirements/" + id;
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable UUID id, @RequestParam Party party, @RequestParam UUID organisation,
            @RequestParam long version, RedirectAttributes redirect) {
        RequirementList after = requirements.approve(id, party, organisation, version);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, after.status() == ListStatus.APPROVED
                ? new Notice("requirements.approved.now", after.number())
                : new Notice("requirements.approval-recorded." + party.name(), after.number()));
        return "redirect:/requirements/" + id;
    }

    @GetMapping("/diff")
    String diff(@RequestParam UUID from, @RequestParam UUID to, Model model) {
        model.addAttribute("diff", requirements.diff(from, to));
        return "requirements/diff";
    }

    /** Required fields and signs, in the reader's language; the use case checks the rest. */
    private static void checkShape(RequirementItemForm form, BindingResult result) {
        if (form.getCategory() == null || form.getCategory().isBlank()) {
            result.rejectValue("category", "NotBlank");
        }
        if (form.getDescription() == null || form.getDescription().isBlank()) {
            result.rejectValue("description", "NotBlank");
        }
        if (form.getUnit() == null || form.getUnit().isBlank()) {
            result.rejectValue("unit", "NotBlank");
        }
        if (!result.hasFieldErrors("quantity")) {
            if (form.getQuantity() == null) {
                result.rejectValue("quantity", "NotNull");
            } else if (form.getQuantity() <= 0) {
                result.rejectValue("quantity", "requirements.quantity.positive");
            }
        }
        if (!result.hasFieldErrors("unitCostAmount")) {
            if (form.getUnitCostAmount() == null) {
                result.rejectValue("unitCostAmount", "NotNull");
            } else if (form.getUnitCostAmount().signum() <= 0) {
                result.rejectValue("unitCostAmount", "money.amount.range");
            }
        }
    }

    private String itemForm(RequirementList list, RequirementItem item, Model model) {
        model.addAttribute("list", list);
        model.addAttribute("editing", item);
        model.addAttribute("categories", CapabilityCategory.values());
        return "requirements/item-form";
    }

    private List<Organisation> byKind(OrganisationKind kind) {
        return organisations.choices().stream()
                .filter(o -> o.is(kind)).toList();
    }

    /** Where a use case's refusal of an item belongs on the form. */
    static String formField(String field) {
        return switch (field) {
            case "category", "description", "quantity", "unit", "rank", "neededBy" -> field;
            case "unitCost", "unitCost.amount" -> "unitCostAmount";
            case "unitCost.currency" -> "unitCostCurrency";
            default -> null;
        };
    }

}
