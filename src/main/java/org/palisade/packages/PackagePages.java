package org.palisade.packages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.palisade.money.CurrencyCode;
import org.palisade.money.Money;
import org.palisade.organisations.Organisation;
import org.palisade.organisations.Organisations;
import org.palisade.platform.FormRefusals;
import org.palisade.platform.InvalidRequest;
import org.palisade.platform.NotFound;
import org.palisade.platform.Notice;
import org.palisade.platform.PageOf;
import org.palisade.platform.Paging;
import org.palisade.platform.SortOrder;
import org.palisade.platform.Violations;
import org.palisade.platform.WebPages;
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

/** Pages of packages: the list with coverage bars, one package in full, its transitions, a new package. */
@WebPages
@RequestMapping("/packages")
class PackagePages {

    static final int PAGE_SIZE = 20;
    /** Currencies offered for a target value; the use case accepts any ISO 4217 currency with minor units. */
    private final Packages packages;
    private final MessageSource messages;
    private final Organisations organisations;
    private final PackageItemsView itemsView;
    private final CurrentViewer current;

    PackagePages(Packages packages, Organisations organisations, PackageItemsView itemsView, CurrentViewer current,
            MessageSource messages) {
        this.messages = messages;
        this.packages = packages;
        this.organisations = organisations;
        this.itemsView = itemsView;
        this.current = current;
    }

    /** Coverage of one package as its bars show it; money without a rate yet is named beside them. */
    record CoverageView(Coverage coverage) {
    }

    @GetMapping
    String list(@RequestParam(required = false) PackageStatus status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
        SortOrder order = Packages.SORTABLE.read(sort, dir, Packages.SORTABLE.first("number"));
        PageOf<AidPackage> result = packages.list(status, Paging.of(page, PAGE_SIZE, order));
        model.addAttribute("sorting", SortOrder.Links.of(order, Packages.SORTABLE, "number", "packages.sort.number",
                "name", "packages.sort.name", "status", "packages.sort.status", "created", "packages.sort.created"));
        model.addAttribute("result", result);
        model.addAttribute("coverage", coverage(result.items()));
        model.addAttribute("status", status);
        model.addAttribute("statuses", PackageStatus.values());
        return "packages/list";
    }

    /** Coverage of a page of packages in one go (one query for their funding, one for the rates). */
    Map<UUID, CoverageView> coverage(List<AidPackage> list) {
        Map<UUID, CoverageView> views = new LinkedHashMap<>();
        packages.coverage(list).forEach((id, c) -> views.put(id, new CoverageView(c)));
        return views;
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        PackageDetail detail = packages.detail(id);
        AidPackage p = detail.pkg();
        model.addAttribute("pkg", p);
        model.addAttribute("coverage", new CoverageView(detail.coverage()));
        model.addAttribute("timeline", detail.timeline());
        model.addAttribute("owner", organisations.all(List.of(p.owner())).stream().findFirst().orElse(null));
        model.addAttribute("items", PackageItemsView.rows(detail.items()));
        model.addAttribute("estimatedValue", detail.estimatedValue());
        model.addAttribute("targetBelowItemsValue", detail.targetBelowItemsValue());
        model.addAttribute("actions", detail.moves().stream().map(PackageStatus::action).toList());
        model.addAttribute("othersMove", !p.status().next().isEmpty() && detail.moves().isEmpty());
        boolean addable = detail.mayAddItems();
        List<PackageItemsView.Available> offer = addable ? itemsView.available() : List.of();
        model.addAttribute("addable", addable);
        model.addAttribute("offer", offer.stream().collect(java.util.stream.Collectors.toMap(
                PackageItemsView.Available::id, a -> a)));
        if (!model.containsAttribute("addForm")) {
            AddItemsForm form = new AddItemsForm();
            form.setItems(offer.stream().map(a -> new ItemChoice(a.id(), null)).toList());
            model.addAttribute("addForm", form);
        }
        return "packages/show";
    }

    /**
     * Adds quantities of approved items; more than is left of an item is refused beside its quantity and
     * nothing is added. A package moved or changed meanwhile is refused by the use case (409 page).
     */
    @PostMapping("/{id}/items")
    String addItems(@PathVariable UUID id, @RequestParam long version,
            @ModelAttribute("addForm") AddItemsForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Chosen chosen = Chosen.from(form.getItems(), result);
        if (chosen.items().isEmpty() && !result.hasErrors()) {
            result.reject("packages.items.add.none");
        }
        if (result.hasErrors()) {
            return show(id, model);
        }
        try {
            AidPackage after = packages.addItems(id, chosen.items(), version);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("packages.items.added", after.number()));
            return "redirect:/packages/" + id;
        } catch (InvalidRequest refusal) {
            FormRefusals.bind(refusal, result, field -> chosen.row(field));
            return show(id, model);
        }
    }

    /**
     * The items a person chose in a form (rows with a quantity), and for each the row it came from, so that a
     * refusal naming {@code items[i]} of the request is shown beside row of the form. A negative quantity is
     * put beside its row here; every other rule (approved items, quantity left) is the use case's.
     */
    record Chosen(List<PackageItem> items, List<Integer> rows) {

        static Chosen from(List<ItemChoice> choices, BindingResult result) {
            List<PackageItem> items = new ArrayList<>();
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < choices.size(); i++) {
                ItemChoice choice = choices.get(i);
                Long quantity = choice.getQuantity();
                if (quantity == null || quantity == 0) {
                    continue;
                }
                if (quantity < 0) {
                    result.rejectValue("items[" + i + "].quantity", "packages.quantity.positive");
                } else {
                    items.add(new PackageItem(choice.getId(), quantity));
                    rows.add(i);
                }
            }
            return new Chosen(items, rows);
        }

        /** The form field of a request field {@code items[i]...}, or null when it names no chosen item. */
        String row(String field) {
            if (!field.startsWith("items[")) {
                return null;
            }
            int index = Integer.parseInt(field.substring(6, field.indexOf(']')));
            return index < rows.size() ? "items[" + rows.get(index) + "].quantity" : null;
        }
    }

    /** Moves a package through its life; the aggregate refuses a move that is not allowed now (409 page). */
    @PostMapping("/{id}/actions/{action}")
    String act(@PathVariable UUID id, @PathVariable String action, @RequestParam long version,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        AidPackage after = switch (action) {
            case "open" -> packages.open(id, version, why);
            case "fund" -> packages.fund(id, version, why);
            case "contract" -> packages.contract(id, version, why);
            case "cancel" -> packages.cancel(id, version, why);
            default -> throw new NotFound("package action", action);
        };
        redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("packages.moved." + after.status().name(),
                after.number()));
        return "redirect:/packages/" + id;
    }

    @GetMapping("/new")
    String newPackage(Model model) {
        PackageForm form = new PackageForm();
        UUID own = current.organisationId();
        if (own != null) {
            organisations.all(List.of(own)).stream().findFirst().ifPresent(o -> form.setOwner(o.code().value()));
        }
        form.setItems(availableItems().stream().map(a -> new ItemChoice(a.id(), null)).toList());
        model.addAttribute("form", form);
        return form(model);
    }

    @PostMapping
    String propose(@ModelAttribute("form") PackageForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Violations v = new Violations();
        Money target = null;
        if (form.getTargetAmount() == null) {
            if (!result.hasFieldErrors("targetAmount")) {
                result.rejectValue("targetAmount", "NotNull");
            }
        } else if (form.getTargetAmount().signum() <= 0 || form.getTargetAmount().compareTo(Money.MAX) > 0) {
            result.rejectValue("targetAmount", "money.amount.range");
        } else {
            CurrencyCode currency = null;
            try {
                currency = CurrencyCode.of(form.getTargetCurrency() == null ? "" : form.getTargetCurrency().strip());
            } catch (IllegalArgumentException e) {
                result.rejectValue("targetCurrency", "money.currency.unknown");
            }
            if (currency != null) {
                try {
                    target = new Money(form.getTargetAmount(), currency);
                } catch (IllegalArgumentException e) {
                    result.rejectValue("targetAmount", "money.amount.decimals",
                            new Object[] {currency.code(), currency.minorUnits()}, null);
                }
            }
        }
        UUID owner = null;
        if (form.getOwner() == null || form.getOwner().isBlank()) {
            result.rejectValue("owner", "NotNull");
        } else {
            owner = organisations.byCode(form.getOwner()).map(Organisation::id).orElse(null);
        }
        Chosen chosen = Chosen.from(form.getItems(), result);
        if (result.hasErrors()) {
            return form(model);
        }
        try {
            AidPackage created = packages.propose(new Packages.Proposal(form.getName(), target, owner,
                    form.getDisclosure(), chosen.items()), v);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("packages.proposed", created.number()));
            return "redirect:/packages/" + created.id();
        } catch (AccessRefused refused) {
            // the form offers only the viewer's own organisation; one sent anyway comes back beside its field
            result.rejectValue("owner", "packages.owner.refused");
            return form(model);
        } catch (InvalidRequest refusal) {
            FormRefusals.bind(refusal, result, field -> field.startsWith("items[") ? chosen.row(field)
                    : switch (field) {
                        case "name" -> "name";
                        case "owner" -> "owner";
                        case "target" -> "targetAmount";
                        default -> null;
                    });
            return form(model);
        }
    }

    private String form(Model model) {
        model.addAttribute("disclosures", Disclosure.values());
        // only the organisations in whose name the viewer may assemble a package: a coordinator's own
        Viewer viewer = current.viewer();
        List<Organisation> candidates = viewer.organisationId() != null
                ? organisations.all(List.of(viewer.organisationId()))
                : organisations.choices();
        model.addAttribute("owners", candidates.stream()
                .filter(o -> PackagePermissions.mayProposeFor(viewer, o.id())).toList());
        Map<UUID, PackageItemsView.Available> available = new HashMap<>();
        availableItems().forEach(a -> available.put(a.id(), a));
        model.addAttribute("available", available);
        return "packages/form";
    }

    /** The approved items to choose from, for those who build packages; nobody else needs to read the list here. */
    private List<PackageItemsView.Available> availableItems() {
        Viewer me = current.viewer();
        return PackagePermissions.mayPropose(me) ? itemsView.available() : List.of();
    }

    /** The form to propose a package: name, target, owner, disclosure and a quantity per approved item. */
    public static class PackageForm {
        private String name;
        private BigDecimal targetAmount;
        private String targetCurrency = "USD";
        private String owner;
        private Disclosure disclosure = Disclosure.PUBLIC;
        private List<ItemChoice> items = new ArrayList<>();

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public BigDecimal getTargetAmount() { return targetAmount; }
        public void setTargetAmount(BigDecimal targetAmount) { this.targetAmount = targetAmount; }
        public String getTargetCurrency() { return targetCurrency; }
        public void setTargetCurrency(String targetCurrency) { this.targetCurrency = targetCurrency == null ? null : targetCurrency.toUpperCase(Locale.ROOT); }
        public String getOwner() { return owner; }
        public void setOwner(String owner) { this.owner = owner; }
        public Disclosure getDisclosure() { return disclosure; }
        public void setDisclosure(Disclosure disclosure) { this.disclosure = disclosure; }
        public List<ItemChoice> getItems() { return items; }
        public void setItems(List<ItemChoice> items) { this.items = items == null ? new ArrayList<>() : new ArrayList<>(items); }
    }

    /** One approved item offered for the package and the quantity chosen (empty: not taken). */
    public static class ItemChoice {
        private UUID id;
        private Long quantity;

        public ItemChoice() {
        }

        ItemChoice(UUID id, Long quantity) {
            this.id = id;
            this.quantity = quantity;
        }

        public UUID getId() { return id; }
        public void setId(UUID id) { this.id = id; }
        public Long getQuantity() { return quantity; }
        public void setQuantity(Long quantity) { this.quantity = quantity; }
    }
}
