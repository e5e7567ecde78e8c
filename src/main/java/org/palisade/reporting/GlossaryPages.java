package org.palisade.reporting;

import org.palisade.platform.WebPages;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /glossary}: the words of these pages (PURL, the stages, coverage, disclosure, rates), linked from every page. */
@WebPages
class GlossaryPages {

    @GetMapping("/glossary")
    String glossary() {
        return "reporting/glossary";
    }
}
