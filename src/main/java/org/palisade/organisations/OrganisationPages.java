package org.palisade.organisations;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.palisade.platform.FormRefusals;
import org.palisade.platform.InvalidRequest;
import org.palisade.platform.Notice;
import org.palisade.platform.PageOf;
import org.palisade.platform.Paging;
import org.palisade.platform.SortOrder;
import org.palisade.platform.WebPages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages to list, register and look at organisations and their alliance memberships. */
@WebPages
@RequestMapping("/organisations")
class OrganisationPages {

    static final int PAGE_SIZE = 25;
    private final Organisations organisations;
    private final OrganisationNames names;

    OrganisationPages(Organisations organisations, OrganisationNames names) {
        this.organisations = organisations;
        this.names = names;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, Model model) {
        SortOrder order = Organisations.SORTABLE.read(sort, dir, Organisations.SORTABLE.first("name"));
        model.addAttribute("result", inReadersOrder(organisations.choices(), order, page, LocaleContextHolder.getLocale()));
        model.addAttribute("sorting", SortOrder.Links.of(order, Organisations.SORTABLE, "code", "organisations.code",
                "name", "organisations.name", "type", "organisations.type"));
        return "organisations/list";
    }

    /**
     * A page of the register as the reader sees it: names in the page's language (a state by the JDK's name of its
     * country) sorted by that language's alphabet, which the database's collation does not know. The register is
     * short (the forms' choices read all of it), so the page is cut from all of it in memory.
     */
    PageOf<Organisation> inReadersOrder(List<Organisation> all, SortOrder order, int page, Locale language) {
        Collator alphabet = Collator.getInstance(language);
        Comparator<Organisation> byName = Comparator.comparing(o -> names.name(o, language), alphabet);
        Comparator<Organisation> by = switch (order.key()) {
            case "code" -> Comparator.comparing(o -> o.code().value());
            case "type" -> Comparator.comparing(Organisation::state).thenComparing(byName);
            default -> byName;
        };
        List<Organisation> sorted = new ArrayList<>(all);
        sorted.sort(order.descending() ? by.reversed() : by);
        Paging paging = Paging.of(page, PAGE_SIZE, order);
        int from = Math.min(sorted.size(), paging.offset());
        return PageOf.of(sorted.subList(from, Math.min(sorted.size(), from + PAGE_SIZE)), paging, sorted.size());
    }

    @GetMapping("/new")
    String newOrganisation(Model model) {
        model.addAttribute("form", new RegistrationForm());
        return form(model);
    }

    @PostMapping
    String register(@ModelAttribute("form") RegistrationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model);
        }
        try {
            Organisation created = organisations.register(form.toRegistration());
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("organisations.registered", created.code().value()));
            return "redirect:/organisations/" + created.id();
        } catch (InvalidRequest refusal) {
            FormRefusals.bind(refusal, result, field -> switch (field) {
                case "code", "name", "state", "kinds" -> field;
                default -> null;
            });
            return form(model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("organisation", organisations.get(id));
        if (!model.containsAttribute("membership")) {
            model.addAttribute("membership", new MembershipForm());
        }
        model.addAttribute("alliances", Alliance.values());
        return "organisations/show";
    }

    @PostMapping("/{id}/memberships")
    String addMembership(@PathVariable UUID id, @RequestParam long version,
            @ModelAttribute("membership") MembershipForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            if (form.getAlliance() == null) {
                result.rejectValue("alliance", "NotNull");
            }
            if (form.getFrom() == null) {
                result.rejectValue("from", "NotNull");
            }
        }
        if (!result.hasErrors()) {
            try {
                Organisation after = organisations.addMembership(id,
                        new Membership(form.getAlliance(), form.getFrom(), form.getTo()), version);
                redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("organisations.membership-added",
                        after.code().value(), form.getAlliance().name()));
                return "redirect:/organisations/" + id;
            } catch (IllegalArgumentException e) {
                result.rejectValue("to", "membership.period");
            } catch (InvalidRequest refusal) {
                FormRefusals.bind(refusal, result, field -> "from".equals(field) ? "from" : null);
            }
        }
        return show(id, model);
    }

    private String form(Model model) {
        model.addAttribute("kinds", OrganisationKind.values());
        return "organisations/form";
    }

    /** What the registration form sends. */
    public static class RegistrationForm {
        private String code;
        private String name;
        /** "STATE" or "INSTITUTION": a radio choice is clearer to people than a checkbox. */
        private String type = "STATE";
        private Set<OrganisationKind> kinds = EnumSet.noneOf(OrganisationKind.class);
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate natoFrom;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate euFrom;

        Organisations.Registration toRegistration() {
            List<Membership> memberships = new ArrayList<>();
            if (natoFrom != null) {
                memberships.add(new Membership(Alliance.NATO, natoFrom, null));
            }
            if (euFrom != null) {
                memberships.add(new Membership(Alliance.EU, euFrom, null));
            }
            String normalised = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
            return new Organisations.Registration(normalised, name, "STATE".equals(type), kinds, memberships);
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getType() { return type; }
        public void setType(String type) { this.type = type; }
        public Set<OrganisationKind> getKinds() { return kinds; }
        public void setKinds(Set<OrganisationKind> kinds) { this.kinds = kinds == null ? EnumSet.noneOf(OrganisationKind.class) : kinds; }
        public LocalDate getNatoFrom() { return natoFrom; }
        public void setNatoFrom(LocalDate natoFrom) { this.natoFrom = natoFrom; }
        public LocalDate getEuFrom() { return euFrom; }
        public void setEuFrom(LocalDate euFrom) { this.euFrom = euFrom; }
    }

    /** A membership of NATO or the EU from a date, with an optional end. */
    public static class MembershipForm {
        private Alliance alliance = Alliance.NATO;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate from;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate to;

        public Alliance getAlliance() { return alliance; }
        public void setAlliance(Alliance alliance) { this.alliance = alliance; }
        public LocalDate getFrom() { return from; }
        public void setFrom(LocalDate from) { this.from = from; }
        public LocalDate getTo() { return to; }
        public void setTo(LocalDate to) { this.to = to; }
    }
}
