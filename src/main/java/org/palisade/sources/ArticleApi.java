package org.palisade.sources;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.palisade.platform.Violations;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads a news article into candidate claims and stores nothing. Any signed-in user may call it (the API's
 * sign-in rule for POST): it reveals nothing of the ledger, but reading costs CPU, so visitors may not.
 */
@RestController
@RequestMapping("/api/v1/articles")
@Tag(name = "Articles", description = "News articles read into candidate claims; nothing is stored")
class ArticleApi {

    /** Longest text read at once: a long feature is some 60,000 characters; far more is not one article. */
    static final int MAX_TEXT = 500_000;

    record ExtractRequest(
            @Schema(description = "The article, plain text or HTML (UTF-8); markup is stripped", requiredMode = Schema.RequiredMode.REQUIRED)
            String text,
            @Schema(description = "Publication date YYYY-MM-DD, against which 'on Monday' is resolved", example = "2025-08-05")
            String published,
            @Schema(description = "Outlet name or web address; decides what a bare '$' means", example = "ABC News Australia")
            String outlet,
            @Schema(description = "IETF language tag; only English (en) is read", example = "en")
            String language) {
    }

    /** Every field is always written, null included, so tools read one fixed shape. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CandidateJson(
            @Schema(description = "Plain decimal string", example = "500000000") String amount,
            @Schema(description = "ISO 4217 code, null when the text gives none", example = "EUR") String currency,
            boolean approximate,
            @Schema(description = "Lower bound ('at least', 'more than'), or null") String rangeLow,
            @Schema(description = "Upper bound ('up to'), or null") String rangeHigh,
            @Schema(description = "ISO 3166-1 alpha-3 codes, or EU / NATO", example = "[\"NLD\"]") List<String> contributors,
            @Schema(description = "YYYY-MM-DD or YYYY-MM, or null", example = "2025-08-04") String date,
            @Schema(description = "PURL or null") String program,
            @Schema(allowableValues = {"pledge", "component", "total"}) String kind,
            @Schema(description = "The sentence the claim rests on") String evidence) {

        static CandidateJson of(CandidateClaim c) {
            return new CandidateJson(plain(c.amount()), c.currency() == null ? null : c.currency().code(),
                    c.approximate(), plain(c.rangeLow()), plain(c.rangeHigh()), c.contributors(),
                    c.date() == null ? null : c.date().toString(), c.program(), c.kind().word(), c.evidence());
        }

        private static String plain(BigDecimal value) {
            return value == null ? null : value.stripTrailingZeros().toPlainString();
        }
    }

    record ExtractResponse(List<CandidateJson> candidates) {
    }

    @PostMapping("/extract")
    @Operation(summary = "Read an article into candidate claims (stores nothing)",
            description = "Military-aid amounts the text states, each with currency, bounds, contributors, date, "
                    + "program, kind (pledge, component, total) and the sentence it came from. English only.")
    ExtractResponse extract(@RequestBody ExtractRequest body) {
        Violations v = new Violations();
        v.check(body.text() != null && !body.text().isBlank(), "text", "text is required");
        v.check(body.text() == null || body.text().length() <= MAX_TEXT, "text",
                "text must be at most " + MAX_TEXT + " characters (was " + (body.text() == null ? 0 : body.text().length()) + ")");
        LocalDate published = null;
        if (body.published() != null) {
            try {
                published = LocalDate.parse(body.published());
            } catch (DateTimeParseException e) {
                v.add("published", "published must be a date YYYY-MM-DD or null (was '" + body.published() + "')");
            }
        }
        v.check(body.outlet() == null || body.outlet().length() <= 300, "outlet", "outlet must be at most 300 characters");
        v.check(body.language() == null || english(body.language()), "language",
                "only English articles (en) can be read (was '" + body.language() + "')");
        v.throwIfAny();
        Article article = new Article(body.text(), published, body.outlet(), body.language());
        return new ExtractResponse(CandidateClaims.from(article).stream().map(CandidateJson::of).toList());
    }

    private static boolean english(String language) {
        String tag = language.strip().toLowerCase(Locale.ROOT);
        return tag.equals("en") || tag.startsWith("en-") || tag.startsWith("en_") || tag.equals("eng")
                || tag.equals("english");
    }
}
