package org.palisade.money;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.palisade.platform.InvalidRequest;
import org.palisade.platform.Notice;
import org.palisade.platform.Paging;
import org.palisade.platform.SortOrder;
import org.palisade.platform.Violation;
import org.palisade.platform.WebPages;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages for dated exchange rates: the list, one rate by hand, and a CSV import that is all or nothing. */
@WebPages
@RequestMapping("/exchange-rates")
class ExchangeRatePages {

    static final int PAGE_SIZE = 30;
    private static final Pattern ROW = Pattern.compile("rows(?:\\[(\\d+)])?(?:\\.(.+))?");
    private final ExchangeRates rates;

    private final MessageSource messages;

    ExchangeRatePages(ExchangeRates rates, MessageSource messages) {
        this.rates = rates;
        this.messages = messages;
    }

    /** One problem of a refused import, placed by line of the file and column. */
    record RowProblem(Integer line, String column, String message) {
    }

    @GetMapping
    String list(@RequestParam(required = false) String currency, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
        // only a currency code filters; anything else shows all rates rather than an error
        String filter = currency == null ? null : currency.strip().toUpperCase(Locale.ROOT);
        filter = filter != null && filter.matches("[A-Z]{3}") ? filter : null;
        model.addAttribute("currency", filter);
        SortOrder order = ExchangeRates.SORTABLE.read(sort, dir, ExchangeRates.SORTABLE.first("date"));
        model.addAttribute("result", rates.list(filter, Paging.of(page, PAGE_SIZE, order)));
        model.addAttribute("sorting", SortOrder.Links.at("/exchange-rates", order, ExchangeRates.SORTABLE, "date", "rates.date",
                "currency", "rates.currency"));
        if (!model.containsAttribute("rate")) {
            model.addAttribute("rate", new RateForm());
        }
        return "money/rates";
    }

    @PostMapping
    String record(@ModelAttribute("rate") RateForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        CurrencyCode currency = null;
        if (!result.hasFieldErrors("currency")) {
            try {
                currency = CurrencyCode.of(form.getCurrency() == null ? "" : form.getCurrency().strip().toUpperCase(Locale.ROOT));
                if (currency.equals(CurrencyCode.EUR)) {
                    result.rejectValue("currency", "rates.currency.reference");
                }
            } catch (IllegalArgumentException e) {
                result.rejectValue("currency", "rates.currency.unknown");
            }
        }
        if (form.getDate() == null && !result.hasFieldErrors("date")) {
            result.rejectValue("date", "NotNull");
        }
        if (!result.hasFieldErrors("unitsPerEur") && (form.getUnitsPerEur() == null || form.getUnitsPerEur().signum() <= 0)) {
            result.rejectValue("unitsPerEur", "rates.rate.positive");
        }
        if (result.hasErrors()) {
            return list(null, 0, null, null, model);
        }
        rates.record(new ExchangeRate(currency, form.getDate(), form.getUnitsPerEur(),
                form.getSource() == null || form.getSource().isBlank() ? null : form.getSource().strip()));
        redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("rates.recorded", currency.code(), form.getDate().toString()));
        return "redirect:/exchange-rates";
    }

    @PostMapping("/import")
    String importCsv(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect,
            Locale locale) throws IOException {
        try {
            ExchangeRates.ImportResult imported = rates.importCsv(file.getBytes());
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("rates.imported", imported.imported(), imported.replaced()));
            return "redirect:/exchange-rates";
        } catch (InvalidRequest refusal) {
            model.addAttribute("importProblems", problems(refusal.violations(), locale));
            model.addAttribute("importFile", file.getOriginalFilename());
            return list(null, 0, null, null, model);
        }
    }

    /** Each problem placed by line and column, said in the reader's language when the use case worded it. */
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

    /** The form for one rate. */
    public static class RateForm {
        private String currency;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;
        private BigDecimal unitsPerEur;
        private String source;

        public String getCurrency() { return currency; }
        public void setCurrency(String currency) { this.currency = currency; }
        public LocalDate getDate() { return date; }
        public void setDate(LocalDate date) { this.date = date; }
        public BigDecimal getUnitsPerEur() { return unitsPerEur; }
        public void setUnitsPerEur(BigDecimal unitsPerEur) { this.unitsPerEur = unitsPerEur; }
        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
    }
}
