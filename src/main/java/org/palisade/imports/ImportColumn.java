package org.palisade.imports;

import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the import template, by the header each has in the file's first row. Headers are matched
 * without regard to case or surrounding spaces, in any order; a file lacking a required column is refused
 * before any row is read.
 */
public enum ImportColumn {
    CONTRIBUTORS("contributors", true, "DNK+NOR+SWE"),
    AMOUNT("amount", true, "495000000.00"),
    CURRENCY("currency", true, "USD"),
    STAGE("stage", true, "pledged"),
    DATE("date", true, "2025-08-05"),
    PROGRAM("program", false, "PURL"),
    CATEGORY("category", false, "AIR_AND_MISSILE_DEFENCE"),
    DISCLOSURE("disclosure", true, "public"),
    SOURCE_TITLE("source_title", false, "Denmark, Norway and Sweden fund a PURL package"),
    SOURCE_OUTLET("source_outlet", false, "Ministry of Defence of Denmark"),
    SOURCE_URL("source_url", false, "https://www.example.org/news/purl-package"),
    SOURCE_PUBLISHED("source_published", false, "2025-08-05");

    private final String header;
    private final boolean required;
    private final String example;

    ImportColumn(String header, boolean required, String example) {
        this.header = header;
        this.required = required;
        this.example = example;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    public String example() {
        return example;
    }

    static Optional<ImportColumn> ofHeader(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        for (ImportColumn c : values()) {
            if (c.header.equals(wanted)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
