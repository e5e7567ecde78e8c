package org.palisade.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.palisade.contributions.Contribution;
import org.palisade.money.Money;
import org.palisade.sources.ClaimBound;
import org.palisade.sources.ClaimDraft;
import org.palisade.sources.ClaimProgram;
import org.palisade.sources.Claims;
import org.palisade.sources.DatePrecision;
import org.palisade.sources.SourceDraft;
import org.palisade.sources.SourceKind;
import org.palisade.sources.Sources;

/**
 * The public reports behind the demo's contributions, as sources and claims, with the conflicts they really
 * contain: the second package financed by "Denmark, Finland and Sweden" or by "Denmark, Norway and Sweden", as USD
 * 495M or USD 585M; the first three as "about EUR 500M each". Outlets and dates are those of DOMAIN's list of
 * public figures; where the report gives only a month, the source has no day (titles describe the report). The
 * first claim recorded about each contribution is the one it uses: the figure the ledger records.
 */
final class DemoClaims {

    private final Sources sources;
    private final Claims claims;

    DemoClaims(Sources sources, Claims claims) {
        this.sources = sources;
        this.claims = claims;
    }

    /** @param c1 the Dutch, c2 the Danish-Norwegian-Swedish, c3 the German, c4 the Canadian contribution */
    void record(Contribution c1, Contribution c2, Contribution c3, Contribution c4) {
        UUID mod = source(SourceKind.OFFICIAL_STATEMENT, "Ukraine Ministry of Defence",
                "First PURL packages: the Netherlands, and Denmark, Norway and Sweden (August 2025)", null, null);
        UUID dutch = source(SourceKind.OFFICIAL_STATEMENT, "Dutch Ministry of Defence",
                "The Netherlands finances a PURL package of Patriot components and missiles (August 2025)", null, null);
        UUID press585 = source(SourceKind.NEWS_ARTICLE, "Press",
                "Reports of the second PURL package at USD 585 million (August 2025)", null, null);
        UUID pressDeu = source(SourceKind.NEWS_ARTICLE, "Press",
                "Germany finances a PURL package of USD 500 million (mid-August 2025)", null, null);
        UUID pressCan = source(SourceKind.NEWS_ARTICLE, "Press",
                "Canada finances the fourth PURL package, USD 500 million (September 2025)", null, null);
        UUID interfax = source(SourceKind.NEWS_ARTICLE, "Interfax-Ukraine",
                "Adm. Cavo Dragone to Corriere della Sera: USD 1.5B sent through PURL so far",
                LocalDate.of(2025, 8, 23),
                "PURL: three packages of about EUR 500M each, USD 1.5B sent so far: (1) Netherlands, early August; "
                        + "(2) \"Denmark, Finland and Sweden\", the next day; (3) Germany, mid-August.");

        claim(c1, mod, List.of("NLD"), "500000000", "EUR", ClaimBound.EXACT, month(8), "Patriot components and missiles",
                "EUR 500M (about USD 578M), Patriot components and missiles");
        claim(c1, dutch, List.of("NLD"), "500000000", "EUR", ClaimBound.EXACT, month(8), "Patriot components and missiles",
                null);
        claim(c1, interfax, List.of("NLD"), "500000000", "EUR", ClaimBound.ABOUT, month(8), null,
                "(1) Netherlands, early August");

        claim(c2, mod, List.of("DNK", "NOR", "SWE"), "495000000", "USD", ClaimBound.EXACT, month(8),
                "incl. HIMARS ammunition", "Denmark, Norway and Sweden jointly: USD 495M, incl. HIMARS ammunition");
        claim(c2, press585, List.of("DNK", "NOR", "SWE"), "585000000", "USD", ClaimBound.EXACT, month(8), null, null);
        claim(c2, interfax, List.of("DNK", "FIN", "SWE"), "500000000", "EUR", ClaimBound.ABOUT, month(8), null,
                "(2) \"Denmark, Finland and Sweden\", the next day");

        claim(c3, pressDeu, List.of("DEU"), "500000000", "USD", ClaimBound.EXACT, month(8), null, null);
        claim(c3, interfax, List.of("DEU"), "500000000", "EUR", ClaimBound.ABOUT, month(8), null,
                "(3) Germany, mid-August");

        claim(c4, pressCan, List.of("CAN"), "500000000", "USD", ClaimBound.EXACT, month(9), null, null);
    }

    private UUID source(SourceKind kind, String outlet, String title, LocalDate published, String excerpt) {
        return sources.record(new SourceDraft(kind, outlet, title, null, published, "en", excerpt, null));
    }

    private void claim(Contribution c, UUID source, List<String> contributors, String amount, String currency,
            ClaimBound bound, LocalDate month, String items, String evidence) {
        claims.recordFor(c.id(), new ClaimDraft(source, contributors, Money.of(amount, currency), bound, month,
                DatePrecision.MONTH, ClaimProgram.PURL, items, evidence));
    }

    private static LocalDate month(int month) {
        return LocalDate.of(2025, month, 1);
    }
}
