package org.palisade.reporting;

import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.palisade.money.Money;
import org.palisade.organisations.Organisation;
import org.palisade.organisations.OrganisationNames;
import org.palisade.organisations.Organisations;
import org.palisade.packages.AidPackage;
import org.palisade.packages.PackageStatus;
import org.palisade.packages.Packages;
import org.palisade.platform.PageOf;
import org.palisade.platform.Paging;
import org.palisade.security.Disclosure;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public packages as IATI 2.03 activities ({@code iati-activities/iati-activity}), each public contribution
 * stage a transaction in the contribution's own currency, dated by the stage: a pledge is an Incoming Pledge
 * (transaction type 13), a commitment an Incoming Commitment (11), a payment Incoming Funds (1): from the
 * package's side, contributors' money comes in. Palisade records no payment to the supplier, so there are no
 * Disbursements (3) to report. Packages and contributions that are not public are left out entirely: no sum
 * of them appears, for the same reason as on the public pages.
 */
@Component
class IatiExport {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private final Packages packages;
    private final LedgerRepository repository;
    private final Organisations organisations;
    private final OrganisationNames names;
    private final Clock clock;
    private final String publisherRef;
    private final String publisherName;
    private final String recipientCountry;

    IatiExport(Packages packages, LedgerRepository repository, Organisations organisations, OrganisationNames names,
            Clock clock, @Value("${palisade.iati.publisher-ref:XM-PALISADE}") String publisherRef,
            @Value("${palisade.iati.publisher-name:Palisade aid ledger}") String publisherName,
            @Value("${palisade.iati.recipient-country:UA}") String recipientCountry) {
        this.packages = packages;
        this.repository = repository;
        this.organisations = organisations;
        this.names = names;
        this.clock = clock;
        this.publisherRef = publisherRef;
        this.publisherName = publisherName;
        this.recipientCountry = recipientCountry;
    }

    @Transactional(readOnly = true)
    public String activities() {
        List<AidPackage> shown = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageOf<AidPackage> found = packages.list(null, Paging.of(page, Paging.MAX_SIZE, "number,asc", Packages.SORTABLE));
            found.items().stream().filter(p -> p.disclosure() == Disclosure.PUBLIC).forEach(shown::add);
            if (found.items().size() < Paging.MAX_SIZE) {
                break;
            }
        }
        Map<UUID, List<LedgerRepository.Entry>> byPackage = new LinkedHashMap<>();
        repository.forPackages(shown.stream().map(AidPackage::id).toList())
                .forEach(e -> byPackage.computeIfAbsent(e.packageId(), k -> new ArrayList<>()).add(e));
        Map<String, String> byCode = new HashMap<>();
        Map<UUID, String> byId = new HashMap<>();
        organisations.list(Paging.of(0, Paging.MAX_SIZE, null, Organisations.SORTABLE)).items().forEach(o -> {
            byCode.put(o.code().value(), names.name(o, Locale.ENGLISH));
            byId.put(o.id(), names.name(o, Locale.ENGLISH));
        });
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("iati-activities");
            x.writeAttribute("version", "2.03");
            x.writeAttribute("generated-datetime", DATE_TIME.format(clock.instant().atOffset(ZoneOffset.UTC)));
            for (AidPackage p : shown) {
                activity(x, p, byPackage.getOrDefault(p.id(), List.of()), byCode, byId);
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("IATI export failed", e);
        }
    }

    private void activity(XMLStreamWriter x, AidPackage p, List<LedgerRepository.Entry> entries,
            Map<String, String> byCode, Map<UUID, String> byId) throws XMLStreamException {
        x.writeStartElement("iati-activity");
        x.writeAttribute("last-updated-datetime", DATE_TIME.format(p.createdAt().atOffset(ZoneOffset.UTC)));
        x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");
        x.writeAttribute("default-currency", p.target().currency().code());
        text(x, "iati-identifier", publisherRef + "-PKG-" + p.id());
        x.writeStartElement("reporting-org");
        x.writeAttribute("ref", publisherRef);
        x.writeAttribute("type", "40");
        narrative(x, "reporting-org", publisherName, true);
        narrative(x, "title", "Package " + p.number() + ": " + p.name(), false);
        x.writeStartElement("description");
        x.writeAttribute("type", "1");
        narrative(x, null, "PURL package " + p.number() + ", target " + p.target().amount().toPlainString() + " "
                + p.target().currency().code() + "; status " + p.status().name().toLowerCase(Locale.ROOT) + ".", false);
        x.writeEndElement();
        // funders: every contributor of its public contributions; the package's owner extends it
        List<String> funders = entries.stream().flatMap(e -> e.contributors().stream()).distinct().toList();
        for (String code : funders) {
            participating(x, "1", byCode.getOrDefault(code, code));
        }
        participating(x, "3", byId.getOrDefault(p.owner(), "Coordinator"));
        x.writeEmptyElement("activity-status");
        x.writeAttribute("code", status(p.status()));
        x.writeEmptyElement("activity-date");
        x.writeAttribute("type", p.status() == PackageStatus.PROPOSED || p.status() == PackageStatus.OPEN ? "1" : "2");
        x.writeAttribute("iso-date", LocalDate.ofInstant(p.createdAt(), ZoneOffset.UTC).toString());
        x.writeEmptyElement("recipient-country");
        x.writeAttribute("code", recipientCountry);
        x.writeAttribute("percentage", "100");
        for (LedgerRepository.Entry e : entries) {
            transaction(x, e, e.contributors().stream().map(c -> byCode.getOrDefault(c, c))
                    .collect(Collectors.joining(" + ")));
        }
        x.writeEndElement();
    }

    private static void transaction(XMLStreamWriter x, LedgerRepository.Entry e, String provider)
            throws XMLStreamException {
        x.writeStartElement("transaction");
        x.writeAttribute("ref", e.contributionId() + "-" + e.stage().name().toLowerCase(Locale.ROOT));
        x.writeEmptyElement("transaction-type");
        x.writeAttribute("code", switch (e.stage()) {
            case PLEDGED -> "13";
            case COMMITTED -> "11";
            case PAID -> "1";
        });
        x.writeEmptyElement("transaction-date");
        x.writeAttribute("iso-date", e.on().toString());
        Money m = e.original();
        x.writeStartElement("value");
        x.writeAttribute("currency", m.currency().code());
        x.writeAttribute("value-date", e.on().toString());
        x.writeCharacters(m.amount().setScale(m.currency().minorUnits(), java.math.RoundingMode.UNNECESSARY).toPlainString());
        x.writeEndElement();
        x.writeStartElement("provider-org");
        narrative(x, null, provider, false);
        x.writeEndElement();
        x.writeEndElement();
    }

    /** IATI ActivityStatus: 1 pipeline, 2 implementation, 3 finalisation, 5 cancelled. */
    private static String status(PackageStatus status) {
        return switch (status) {
            case PROPOSED, OPEN -> "1";
            case FUNDED, CONTRACTED, DELIVERING -> "2";
            case DELIVERED -> "3";
            case CANCELLED -> "5";
        };
    }

    private static void participating(XMLStreamWriter x, String role, String name) throws XMLStreamException {
        x.writeStartElement("participating-org");
        x.writeAttribute("role", role);
        narrative(x, null, name, false);
        x.writeEndElement();
    }

    private static void text(XMLStreamWriter x, String element, String value) throws XMLStreamException {
        x.writeStartElement(element);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    /** {@code <element><narrative>text</narrative></element>}, or the narrative alone when element is null. */
    private static void narrative(XMLStreamWriter x, String element, String value, boolean alreadyOpen)
            throws XMLStreamException {
        if (element != null && !alreadyOpen) {
            x.writeStartElement(element);
        }
        text(x, "narrative", value);
        if (element != null) {
            x.writeEndElement();
        }
    }
}
