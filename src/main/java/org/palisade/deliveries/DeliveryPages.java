package org.palisade.deliveries;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.palisade.deliveries.DeliveryViews.PackageDeliveries;
import org.palisade.deliveries.DeliveryViews.ShipmentView;
import org.palisade.deliveries.ShipmentForms.DiscrepancyForm;
import org.palisade.deliveries.ShipmentForms.MilestoneForm;
import org.palisade.deliveries.ShipmentForms.ResolveForm;
import org.palisade.platform.FormRefusals;
import org.palisade.platform.InvalidRequest;
import org.palisade.platform.Notice;
import org.palisade.platform.PageOf;
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
 * Pages of deliveries: all shipments (or the overdue ones), a package's deliveries inside its page, one
 * shipment with the forms its viewer may use, and the form to record a shipment.
 */
@WebPages
@RequestMapping("/deliveries")
class DeliveryPages {

    static final int PAGE_SIZE = 20;

    private final Deliveries deliveries;
    private final DeliveryViews views;
    private final Clock clock;
    private final LeadTimeReport leadTimes;

    DeliveryPages(Deliveries deliveries, DeliveryViews views, Clock clock, LeadTimeReport leadTimes) {
        this.leadTimes = leadTimes;
        this.deliveries = deliveries;
        this.views = views;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
        SortOrder order = DeliveryViews.SORTABLE.read(sort, dir, DeliveryViews.SORTABLE.first("number"));
        PageOf<ShipmentView> result = views.list(overdue, Paging.of(page, PAGE_SIZE, order));
        model.addAttribute("sorting", SortOrder.Links.of(order, DeliveryViews.SORTABLE, "number", "deliveries.shipment",
                "expected", "deliveries.next.expected"));
        model.addAttribute("result", result);
        model.addAttribute("overdue", overdue);
        model.addAttribute("overdueCount", overdue ? result.totalItems()
                : views.list(true, Paging.of(0, 1, "number,desc", DeliveryViews.SORTABLE)).totalItems());
        return "deliveries/list";
    }

    @GetMapping("/lead-times")
    String leadTimes(Model model) {
        model.addAttribute("report", leadTimes.report());
        return "deliveries/lead-times";
    }

    /** The deliveries part of a package's page (loaded into it: packages must not depend on deliveries). */
    @GetMapping("/for-package/{packageId}")
    String forPackage(@PathVariable UUID packageId, Model model) {
        model.addAttribute("deliveries", views.forPackage(packageId));
        return "deliveries/for-package :: section";
    }

    @GetMapping("/packages/{packageId}/new")
    String newShipment(@PathVariable UUID packageId, Model model) {
        PackageDeliveries d = views.forPackage(packageId);
        ShipmentForm form = new ShipmentForm();
        d.lines().stream().filter(l -> l.leftToShip() > 0).forEach(l -> form.getItems().add(new ShipmentForm.Line(l.item())));
        form.setExpectedHandedOver(deliveries.defaultHandover(packageId));
        model.addAttribute("form", form);
        return shipmentForm(d, model);
    }

    private String shipmentForm(PackageDeliveries d, Model model) {
        model.addAttribute("deliveries", d);
        model.addAttribute("lines", d.lines().stream().collect(java.util.stream.Collectors.toMap(
                DeliveryViews.LineRow::item, l -> l)));
        model.addAttribute("today", LocalDate.now(clock));
        return "deliveries/form";
    }

    @PostMapping("/packages/{packageId}")
    String record(@PathVariable UUID packageId, @ModelAttribute("form") ShipmentForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        List<ShipmentItem> items = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < form.getItems().size(); i++) {
            ShipmentForm.Line line = form.getItems().get(i);
            if (line.getQuantity() == null || line.getQuantity() == 0) {
                continue;
            }
            if (line.getQuantity() < 0) {
                result.rejectValue("items[" + i + "].quantity", "packages.quantity.positive");
            } else {
                items.add(new ShipmentItem(line.getId(), line.getQuantity()));
                rows.add(i);
            }
        }
        if (result.hasErrors()) {
            return shipmentForm(views.forPackage(packageId), model);
        }
        Map<Milestone, LocalDate> expected = dates(form.getExpectedShipped(), form.getExpectedAtHub(),
                form.getExpectedHandedOver());
        Map<Milestone, LocalDate> reached = dates(form.getShipped(), form.getAtHub(), form.getHandedOver());
        try {
            Shipment s = deliveries.record(packageId, new Deliveries.NewShipment(form.getReference(), items, expected,
                    reached), new Violations());
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("deliveries.recorded.notice", s.number()));
            return "redirect:/deliveries/shipments/" + s.id();
        } catch (InvalidRequest refusal) {
            FormRefusals.bind(refusal, result, field -> {
                if (field.startsWith("items[")) {
                    int index = Integer.parseInt(field.substring(6, field.indexOf(']')));
                    return index < rows.size() ? "items[" + rows.get(index) + "].quantity" : null;
                }
                return switch (field) {
                    case "reached.shipped" -> "shipped";
                    case "reached.at-hub" -> "atHub";
                    case "reached.handed-over" -> "handedOver";
                    default -> null;
                };
            });
            return shipmentForm(views.forPackage(packageId), model);
        }
    }

    private static Map<Milestone, LocalDate> dates(LocalDate shipped, LocalDate atHub, LocalDate handedOver) {
        Map<Milestone, LocalDate> dates = new EnumMap<>(Milestone.class);
        if (shipped != null) {
            dates.put(Milestone.SHIPPED, shipped);
        }
        if (atHub != null) {
            dates.put(Milestone.AT_HUB, atHub);
        }
        if (handedOver != null) {
            dates.put(Milestone.HANDED_OVER, handedOver);
        }
        return dates;
    }

    @GetMapping("/shipments/{id}")
    String show(@PathVariable UUID id, Model model) {
        ShipmentView v = views.shipment(deliveries.find(id));
        model.addAttribute("view", v);
        model.addAttribute("s", v.shipment());
        if (!model.containsAttribute("milestoneForm")) {
            MilestoneForm form = new MilestoneForm();
            form.setOn(LocalDate.now(clock));
            model.addAttribute("milestoneForm", form);
        }
        if (!model.containsAttribute("discrepancyForm")) {
            model.addAttribute("discrepancyForm", new DiscrepancyForm());
        }
        if (!model.containsAttribute("resolveForm")) {
            model.addAttribute("resolveForm", new ResolveForm());
        }
        model.addAttribute("kinds", DiscrepancyKind.values());
        model.addAttribute("resolutions", Resolution.values());
        return "deliveries/show";
    }

    @PostMapping("/shipments/{id}/milestones")
    String milestone(@PathVariable UUID id, @RequestParam long version,
            @ModelAttribute("milestoneForm") MilestoneForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Shipment s = deliveries.find(id);
        Milestone next = s.next().orElse(null);
        if (form.getOn() == null && !result.hasFieldErrors("on")) {
            result.rejectValue("on", "NotNull");
        }
        if (result.hasErrors() || next == null) {
            return show(id, model);
        }
        try {
            deliveries.recordMilestones(id, Map.of(next, form.getOn()), Map.of(), version);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("deliveries.milestone.recorded", s.number()));
            return "redirect:/deliveries/shipments/" + id;
        } catch (InvalidRequest refusal) {
            FormRefusals.bind(refusal, result, field -> "on");
            return show(id, model);
        }
    }

    @PostMapping("/shipments/{id}/confirm")
    String confirm(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        Shipment s = deliveries.confirmReceipt(id, version);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("deliveries.confirmed", s.number()));
        return "redirect:/deliveries/shipments/" + id;
    }

    @PostMapping("/shipments/{id}/discrepancies")
    String report(@PathVariable UUID id, @RequestParam long version,
            @ModelAttribute("discrepancyForm") DiscrepancyForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (form.getQuantity() == null && !result.hasFieldErrors("quantity")) {
            result.rejectValue("quantity", "NotNull");
        }
        if (form.getKind() == null) {
            result.rejectValue("kind", "NotNull");
        }
        if (result.hasErrors()) {
            return show(id, model);
        }
        try {
            Shipment s = deliveries.reportDiscrepancy(id, new Deliveries.NewDiscrepancy(form.getItem(), form.getKind(),
                    form.getQuantity(), form.getNote()), version);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("deliveries.discrepancy.reported", s.number()));
            return "redirect:/deliveries/shipments/" + id;
        } catch (InvalidRequest refusal) {
            FormRefusals.bind(refusal, result, field -> switch (field) {
                case "item", "quantity", "note", "kind" -> field;
                default -> null;
            });
            return show(id, model);
        }
    }

    @PostMapping("/discrepancies/{discrepancyId}/resolve")
    String resolve(@PathVariable UUID discrepancyId, @RequestParam UUID shipment,
            @ModelAttribute("resolveForm") ResolveForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (form.getResolution() == null) {
            result.rejectValue("resolution", "NotNull");
            return show(shipment, model);
        }
        try {
            deliveries.resolveDiscrepancy(discrepancyId, form.getResolution(), form.getNote());
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("deliveries.discrepancy.resolved"));
            return "redirect:/deliveries/shipments/" + shipment;
        } catch (InvalidRequest refusal) {
            FormRefusals.bind(refusal, result, field -> "note".equals(field) ? "note" : null);
            return show(shipment, model);
        }
    }
}
