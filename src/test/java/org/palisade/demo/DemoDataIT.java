package org.palisade.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.palisade.PalisadeApplication;
import org.palisade.testing.Api;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** What a newcomer sees after `./mvnw spring-boot:run` on an empty database. */
class DemoDataIT {

    @Test
    void aFreshStartLoadsThePublicPurlFiguresOnce() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PalisadeApplication.class).run(
                "--server.port=0", "--palisade.embedded.ephemeral=true", "--palisade.demo-data=true")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            Api api = new Api(port);
            JsonNode packages = api.get("/api/v1/packages?sort=number").json();
            assertThat(packages.path("totalItems").asInt()).isEqualTo(4);
            JsonNode first = packages.path("items").get(0);
            // package 1 moved to delivering by itself with its first handover (September 2025)
            assertThat(first.path("status").asText()).isEqualTo("DELIVERING");
            JsonNode deliveries = api.get("/api/v1/packages/" + first.path("id").asText() + "/shipments").json();
            assertThat(deliveries.path("shipments").size()).isEqualTo(3);
            assertThat(deliveries.path("overdue").asLong()).isEqualTo(1);
            assertThat(deliveries.path("shipments").get(0).path("received").asBoolean()).isTrue();
            assertThat(deliveries.path("items").get(0).path("confirmed").asLong()
                    + deliveries.path("items").get(1).path("confirmed").asLong()).isEqualTo(38);
            assertThat(first.path("coverage").path("paid").path("percent").decimalValue()).isEqualByComparingTo("100.0");
            assertThat(packages.path("items").get(3).path("status").asText()).isEqualTo("OPEN");

            JsonNode totals = api.get("/api/v1/figures/totals").json();
            // EUR 500M at 1.1560 = USD 578M, plus USD 495M + 500M + 500M pledged
            assertThat(totals.path("PLEDGED").path("USD").path("total").path("amount").decimalValue())
                    .isEqualByComparingTo("2073000000.00");
            assertThat(totals.path("PAID").path("USD").path("total").path("amount").decimalValue())
                    .isEqualByComparingTo("1573000000.00");
            assertThat(api.get("/api/v1/contributions?contributor=NOR").json().path("items").get(0)
                    .path("contributors").toString()).isEqualTo("[\"DNK\",\"NOR\",\"SWE\"]");
            // the list is coalition business: the demo planner (README, "Demo users") reads it, a visitor does not
            Api planner = new Api(port).as("planner", "palisade-demo");
            assertThat(planner.get("/api/v1/me").json().path("organisationCode").asText()).isEqualTo("UKR");
            assertThat(planner.get("/api/v1/requirement-lists/latest-approved").json().path("status").asText())
                    .isEqualTo("APPROVED");
            assertThat(api.get("/api/v1/requirement-lists/latest-approved").status()).isEqualTo(404);

            // a second start on the same data does not load it again
            app.getBean(DemoData.class).run(null);
            assertThat(api.get("/api/v1/packages").json().path("totalItems").asInt()).isEqualTo(4);
        }
    }
}
