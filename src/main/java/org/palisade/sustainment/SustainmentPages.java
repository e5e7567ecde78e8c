package org.palisade.sustainment;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.palisade.money.MoneyAmount;
import org.palisade.platform.FormRefusals;
import org.palisade.platform.Idempotency;
import org.palisade.platform.InvalidRequest;
import org.palisade.platform.Notice;
import org.palisade.platform.SortOrder;
import org.palisade.platform.Violation;
import org.palisade.platform.WebPages;
import org.palisade.requirements.CapabilityCategory;
import org.palisade.sustainment.SustainmentForms.EntryForm;
import org.palisade.sustainment.SustainmentForms.ReportForm;
import org.palisade.sustainment.SustainmentForms.UseForm;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of sustainment: the supply outlook at an intensity (consumables by run-out date, fielded systems, the
 * latest reports) with the forms its viewer may use (report, upload CSV, propose requirements), and the systems
 * catalogue with its editors' forms.
 */
@WebPages
@RequestMapping("/sustainment")
class SustainmentPages {

    private static final Pattern ROW = Pattern.compile("rows(?:\\[(\\d+)])?(?:\\.(\\w+))?");

    private final Sustainment sustainment;
    private final Catalogue catalogue;
    private final Idempotency idempotency;
    private final MessageSource messages;
    private final Clock clock;

    SustainmentPages(Sustainment sustainment, Catalogue catalogue, Idempotency idempotency, MessageSource messages,
            Clock clock) {
        this.sustainment = sustainment;
        this.catalogue = catalogue;
        this.idempotency = idempotency;
        this.messages = messages;
        this.clock = clock;
    }

    /** What a proposal did, as the page shows it after the redirect (kept in the session, so serializable). */
    public record ProposalShown(java.util.UUID listId, int listNumber, List<Line> proposed, List<Passed> passed)
            implements java.io.Serializable {

        public record Line(String name, long quantity, String unit) implements java.io.Serializable {
        }

        public record Passed(String name, String why) implements java.io.Serializable {
        }

        static ProposalShown of(Sustainment.Proposal p) {
            return new ProposalShown(p.listId(), p.listNumber(),
                    p.proposed().stream().map(x -> new Line(x.consumable().name(), x.quantity(), x.consumable().unit()))
                            .toList(),
                    p.passed().stream().map(x -> new Passed(x.consumable().name(), x.why().name())).toList());
        }
    }

    /** One problem of a refused upload, placed by line of the file and column. */
    public record RowProblem(Integer line, String column, String message) {
    }

    /**
     * The outlook's columns a reader may sort by. The ranking is worked out in memory (it is one short list, never
     * paged), so each key names a comparator below, not SQL.
     */
    static final SortOrder.Columns OUTLOOK = SortOrder.Columns.of("runOut", "runOut", "consumable", "consumable",
            "days", "days", "stock", "stock", "use", "use").descendingFirst("stock", "use");

    /** Each column's value; what has none (nothing uses it, no report) comes last in either direction. */
    private static final Map<String, Function<Sustainment.Line, Comparable<?>>> OUTLOOK_VALUES = Map.of(
            "runOut", l -> l.outlook().consumed() ? l.outlook().runOut().orElse(LocalDate.MIN) : null,
            "consumable", l -> l.consumable().name().toLowerCase(Locale.ROOT),
            "days", l -> l.outlook().daysOfSupply().orElse(null),
            "stock", l -> l.outlook().stock().onHand(),
            "use", l -> l.outlook().consumed() ? l.usePerDay() : null);

    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<Sustainment.Line> sorted(List<Sustainment.Line> lines, SortOrder order) {
        Function<Sustainment.Line, Comparable> value = (Function) OUTLOOK_VALUES.get(order.key());
        Comparator<Comparable> direction = order.descending() ? Comparator.reverseOrder() : Comparator.naturalOrder();
        List<Sustainment.Line> copy = new java.util.ArrayList<>(lines);
        copy.sort(Comparator.comparing(value, Comparator.nullsLast(direction))
                .thenComparing(l -> l.consumable().name()));
        return copy;
    }

    @GetMapping
    String overview(@RequestParam(required = false) String intensity, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, Model model) {
        Intensity at = Sustainment.intensity(intensity).orElse(Intensity.NORMAL);
        if (!model.containsAttribute("reportForm")) {
            ReportForm form = new ReportForm();
            form.setOn(LocalDate.now(clock));
            model.addAttribute("reportForm", form);
        }
        return page(at, OUTLOOK.read(sort, dir, OUTLOOK.first("runOut")), model);
    }

    private String page(Intensity at, Model model) {
        return page(at, OUTLOOK.first("runOut"), model);
    }

    private String page(Intensity at, SortOrder order, Model model) {
        Sustainment.Overview overview = sustainment.overview(at);
        model.addAttribute("overview", overview);
        model.addAttribute("consumables", sorted(overview.consumables(), order));
        model.addAttribute("sorting", SortOrder.Links.at("/sustainment", order, OUTLOOK, "runOut",
                "sustainment.run-out", "consumable", "sustainment.consumable", "days", "sustainment.days-of-supply",
                "stock", "sustainment.stock", "use", "sustainment.use-per-day"));
        model.addAttribute("intensities", Intensity.values());
        model.addAttribute("reportKinds", ReportKind.values());
        return "sustainment/overview";
    }

    @PostMapping("/reports")
    String report(@RequestParam(required = false) String intensity, @ModelAttribute("reportForm") ReportForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Intensity at = Sustainment.intensity(intensity).orElse(Intensity.NORMAL);
        if (result.hasErrors()) {
            return page(at, model);
        }
        try {
            Idempotency.FormOutcome outcome = idempotency.onceForForm("sustainment report form", form.getFormKey(),
                    form, () -> {
                        SustainmentReport r = sustainment.record(new Sustainment.NewReport(
                                form.getKind() == null ? null : form.getKind().name(), form.getEntry(),
                                form.getQuantity(), form.getOn(), form.getSource(), form.getNote()));
                        return "/sustainment?intensity=" + at.name() + "&reported=" + r.number();
                    });
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("sustainment.reported"));
            return "redirect:" + outcome.target();
        } catch (InvalidRequest refusal) {
            FormRefusals.bind(refusal, result, field -> switch (field) {
                case "kind", "entry", "quantity", "on", "source", "note" -> field;
                default -> null;
            });
            return page(at, model);
        }
    }

    @PostMapping("/reports/import")
    String importCsv(@RequestParam(required = false) String intensity, @RequestParam("file") MultipartFile file,
            Model model, RedirectAttributes redirect, Locale locale) throws IOException {
        Intensity at = Sustainment.intensity(intensity).orElse(Intensity.NORMAL);
        try {
            Sustainment.Imported imported = sustainment.importCsv(file.getBytes());
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("sustainment.imported", imported.reports()));
            return "redirect:/sustainment?intensity=" + at.name();
        } catch (InvalidRequest refusal) {
            model.addAttribute("importProblems", problems(refusal.violations(), locale));
            model.addAttribute("importFile", file.getOriginalFilename());
            ReportForm form = new ReportForm();
            form.setOn(LocalDate.now(clock));
            model.addAttribute("reportForm", form);
            return page(at, model);
        }
    }

    @PostMapping("/proposals")
    String propose(@RequestParam(required = false) String intensity, RedirectAttributes redirect) {
        Intensity at = Sustainment.intensity(intensity).orElse(Intensity.NORMAL);
        Sustainment.Proposal p = sustainment.propose(at);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("sustainment.proposed", p.proposed().size(),
                p.listNumber(), p.days()));
        redirect.addFlashAttribute("proposal", ProposalShown.of(p));
        return "redirect:/sustainment?intensity=" + at.name();
    }

    @GetMapping("/catalogue")
    String catalogue(Model model) {
        if (!model.containsAttribute("entryForm")) {
            model.addAttribute("entryForm", new EntryForm());
        }
        if (!model.containsAttribute("useForm")) {
            model.addAttribute("useForm", new UseForm());
        }
        return cataloguePage(model);
    }

    private String cataloguePage(Model model) {
        model.addAttribute("contents", catalogue.contents());
        model.addAttribute("categories", CapabilityCategory.values());
        model.addAttribute("entryKinds", EntryKind.values());
        return "sustainment/catalogue";
    }

    @PostMapping("/catalogue")
    String addEntry(@ModelAttribute("entryForm") EntryForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("useForm", new UseForm());
            return cataloguePage(model);
        }
        try {
            CatalogueEntry e = catalogue.add(new Catalogue.NewEntry(form.getKind(), form.getName(), form.getUnit(),
                    form.getCategory(), form.getUnitCost() == null ? null
                            : new MoneyAmount(form.getUnitCost(), form.getCurrency())));
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("sustainment.catalogue.added", e.name()));
            return "redirect:/sustainment/catalogue";
        } catch (InvalidRequest refusal) {
            FormRefusals.bind(refusal, result, field -> field.startsWith("unitCost") ? "unitCost" : switch (field) {
                case "kind", "name", "unit", "category" -> field;
                default -> null;
            });
            model.addAttribute("useForm", new UseForm());
            return cataloguePage(model);
        }
    }

    @PostMapping("/catalogue/uses")
    String setUse(@ModelAttribute("useForm") UseForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("entryForm", new EntryForm());
            return cataloguePage(model);
        }
        try {
            if (form.getPlatform() == null) {
                throw new InvalidRequest("platform", new SustainmentRefusal.Required());
            }
            catalogue.setUse(form.getPlatform(), form.getConsumable(), new Catalogue.RatesInput(
                    plain(form.getLow()), plain(form.getNormal()), plain(form.getHigh())));
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("sustainment.catalogue.use-set"));
            return "redirect:/sustainment/catalogue";
        } catch (InvalidRequest refusal) {
            FormRefusals.bind(refusal, result, field -> switch (field) {
                case "platform", "consumable", "low", "normal", "high" -> field;
                default -> null;
            });
            model.addAttribute("entryForm", new EntryForm());
            return cataloguePage(model);
        }
    }

    private static String plain(java.math.BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    /** Each problem placed by line and column, said in the reader's language. */
    List<RowProblem> problems(List<Violation> violations, Locale locale) {
        return violations.stream().map(v -> {
            String message = v.wording() == null ? v.message() : messages.getMessage(v.wording(), locale);
            Matcher m = ROW.matcher(v.field());
            if (!m.matches()) {
                return new RowProblem(null, null, message);
            }
            return new RowProblem(m.group(1) == null ? null : Integer.valueOf(m.group(1)), m.group(2), message);
        }).toList();
    }
}
