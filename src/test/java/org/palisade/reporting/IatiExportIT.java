package org.palisade.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.palisade.contributions.Contributions;
import org.palisade.money.Money;
import org.palisade.packages.AidPackage;
import org.palisade.packages.Packages;
import org.palisade.security.Disclosure;
import org.palisade.testing.Api;
import org.palisade.testing.Fixtures;
import org.palisade.testing.PalisadeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The IATI export validates against the official 2.03 activity schema, read from {@code ../shared/iati-schemas/2.03/}
 * beside the project (never copied into it); without that folder the validation is skipped and says why.
 */
@PalisadeTest
class IatiExportIT {

    static final Path SCHEMAS = Path.of("..", "shared", "iati-schemas", "2.03");

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Packages packages;
    @Autowired
    Contributions contributions;

    @Test
    void packagesAreActivitiesAndPublicContributionsTheirTransactions() throws Exception {
        AidPackage p = packages.propose(new Packages.Proposal("IATI " + UUID.randomUUID(), Money.of("1000", "EUR"),
                fixtures.coordinator(), Disclosure.PUBLIC, List.of()));
        AidPackage secret = packages.propose(new Packages.Proposal("Secret " + UUID.randomUUID(), Money.of("1000", "EUR"),
                fixtures.coordinator(), Disclosure.CONFIDENTIAL, List.of()));
        UUID nld = fixtures.contributor("NLD");
        contributions.pledge(new Contributions.Pledge(List.of(nld), Money.of("123.45", "EUR"), p.id(), null,
                Disclosure.PUBLIC, LocalDate.of(2025, 8, 4), null));
        contributions.pledge(new Contributions.Pledge(List.of(fixtures.contributor("DEU")), Money.of("777.77", "EUR"),
                p.id(), null, Disclosure.CONFIDENTIAL, LocalDate.of(2025, 8, 4), null));

        var r = new Api(port).get("/api/v1/ledger/iati");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).contains("xml");
        String xml = r.body();
        assertThat(xml).contains("<iati-activities version=\"2.03\"")
                .contains("-PKG-" + p.id() + "</iati-identifier>")
                .contains("<transaction-type code=\"13\"")
                .contains("<value currency=\"EUR\" value-date=\"2025-08-04\">123.45</value>")
                // confidential money and packages are left out
                .doesNotContain("777.77").doesNotContain(secret.id().toString());

        assumeTrue(Files.isRegularFile(SCHEMAS.resolve("iati-activities-schema.xsd")),
                "IATI 2.03 schemas not found at " + SCHEMAS.toAbsolutePath().normalize()
                        + ": the export is not validated against them");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = factory.newSchema(SCHEMAS.resolve("iati-activities-schema.xsd").toFile());
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }
}
