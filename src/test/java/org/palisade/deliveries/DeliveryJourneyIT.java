package org.palisade.deliveries;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.palisade.deliveries.ContractedPackages.Contracted;
import org.palisade.packages.PackageStatus;
import org.palisade.packages.Packages;
import org.palisade.testing.BrowserTest;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The supplier records a shipment of a contracted package and hands it over; the recipient's planner
 * confirms receipt; the package moves to delivering and then to delivered by itself.
 */
class DeliveryJourneyIT extends BrowserTest {

    @Autowired
    ContractedPackages contracted;
    @Autowired
    Packages packages;

    @Test
    void aShipmentHandedOverAndConfirmedDeliversThePackageByItself() {
        Contracted c = contracted.contracted(10, "PAC-3 MSE journey");
        signInAs(TestUsers.SUPPLIER);
        open("/packages/" + c.pkg().id());
        // nothing moves the package to delivering by hand any more
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start delivery"))).hasCount(0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a shipment")).click();

        assertEveryFieldHasALabel();
        assertFitsNarrowScreen();
        page.setViewportSize(1280, 900);
        page.getByLabel("Quantity in this shipment").first().fill("10");
        page.locator("#reference").fill("US-UA-0042");
        page.locator("#shipped").fill("2025-09-02");
        page.locator("#atHub").fill("2025-09-10");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record shipment")).click();
        assertThat(page.locator(".notice")).containsText("recorded");
        assertThat(page.locator("h1")).containsText("of package " + c.pkg().number());
        assertThat(packages.get(c.pkg().id()).status()).isEqualTo(PackageStatus.CONTRACTED);

        page.getByLabel("Handed over on").fill("2025-09-15");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record handover")).click();
        assertThat(page.locator(".notice")).containsText("Milestone");
        assertThat(packages.get(c.pkg().id()).status()).isEqualTo(PackageStatus.DELIVERING);
        // the supplier does not confirm receipt: that is the recipient's
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm receipt"))).hasCount(0);
        String shipmentPage = page.url();

        signOut();
        signInAs(TestUsers.PLANNER);
        page.navigate(shipmentPage);
        assertEveryFieldHasALabel();
        assertFitsNarrowScreen();
        screenshot("shipment-375");
        page.setViewportSize(1280, 900);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm receipt")).click();
        assertThat(page.locator(".notice")).containsText("confirmed");
        assertThat(packages.get(c.pkg().id()).status()).isEqualTo(PackageStatus.DELIVERED);

        open("/packages/" + c.pkg().id());
        assertThat(page.locator(".badge").first()).hasText("Delivered");
        assertThat(page.locator("#package-deliveries-table")).containsText("Receipt confirmed");

        open("/deliveries?lang=uk");
        assertThat(page.locator("h1")).hasText("Поставки");
        assertFitsNarrowScreen();
        screenshot("deliveries-uk-375");
    }
}
