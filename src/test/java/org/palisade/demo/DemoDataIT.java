package org.palisade.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.palisade.PalisadeApplication;
import org.palisade.testing.Api;
import org.palisade.testing.PageClient;
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

            // the reports behind the figures, with the conflicts they really contain (DOMAIN, "Public figures")
            String second = api.get("/api/v1/contributions?contributor=NOR").json().path("items").get(0).path("id")
                    .asText();
            JsonNode claims = api.get("/api/v1/contributions/" + second + "/claims").json();
            assertThat(claims.path("claims").valueStream().map(c -> c.path("contributors").toString()))
                    .contains("[\"DNK\",\"NOR\",\"SWE\"]", "[\"DNK\",\"FIN\",\"SWE\"]");
            assertThat(claims.path("claims").valueStream().map(c -> c.path("amount").path("amount").decimalValue()
                    .stripTrailingZeros().toPlainString())).contains("495000000", "585000000", "500000000");
            assertThat(claims.path("claims").get(0).path("used").asBoolean()).isTrue();
            assertThat(claims.path("claims").get(0).path("amount").path("amount").decimalValue())
                    .isEqualByComparingTo("495000000");
            assertThat(claims.path("conflicts").valueStream().filter(k -> k.path("open").asBoolean())
                    .map(k -> k.path("field").asText())).containsExactlyInAnyOrder("CONTRIBUTORS", "AMOUNT", "CURRENCY");
            JsonNode open = api.get("/api/v1/claims/conflicts").json();
            assertThat(open.path("totalItems").asInt()).isEqualTo(4);
            assertThat(api.get("/api/v1/sources").json().path("items").valueStream()
                    .map(s -> s.path("outlet").asText())).contains("Interfax-Ukraine", "Ukraine Ministry of Defence");
            assertThat(api.get("/claims/conflicts").status()).isEqualTo(200);
            // an article waits for review: Canada's pledge and a cumulative figure, read from its sentences
            JsonNode queue = new Api(port).as("coordinator", "palisade-demo").get("/api/v1/articles").json();
            assertThat(queue.path("articles").path("totalItems").asInt()).isEqualTo(1);
            JsonNode waiting = new Api(port).as("coordinator", "palisade-demo").get("/api/v1/articles/"
                    + queue.path("articles").path("items").get(0).path("id").asText()).json().path("candidates");
            assertThat(waiting.valueStream().map(c -> c.path("status").asText())).containsOnly("WAITING");
            assertThat(waiting.valueStream().map(c -> c.path("kind").asText() + " " + c.path("contributors")
                    + " " + c.path("amount").asText() + " " + c.path("date").asText()))
                    .containsExactly("PLEDGE [\"CAN\"] 500000000 2025-09-01", "TOTAL [\"CAN\"] 1500000000 ");

            // sustainment: the interceptors fired since the latest report leave about a fortnight of stock at normal
            // intensity (README, "Demo data"): ranked first, warned of on the dashboard, proposed into draft 2
            JsonNode outlook = new Api(port).as("coordinator", "palisade-demo").get("/api/v1/sustainment?intensity=NORMAL")
                    .json();
            JsonNode pac3 = outlook.path("consumables").get(0);
            assertThat(pac3.path("name").asText()).isEqualTo("Patriot PAC-3 MSE interceptor");
            assertThat(pac3.path("usePerDay").asText()).isEqualTo("2");
            assertThat(pac3.path("stock").asLong()).isEqualTo(30);
            java.time.LocalDate today = java.time.LocalDate.parse(outlook.path("today").asText());
            java.time.LocalDate runOut = java.time.LocalDate.parse(pac3.path("runOut").asText());
            assertThat(runOut).isAfter(today).isBefore(today.plusDays(31));
            assertThat(outlook.path("fielded").get(0).path("fielded").asLong()).isEqualTo(2);
            PageClient browser = new PageClient(port);
            browser.signIn("supplier", "palisade-demo");
            String dashboard = browser.get("/").body();
            assertThat(dashboard).contains("One consumable runs out within 30 days at normal intensity")
                    .contains("Patriot PAC-3 MSE interceptor runs out on");
            JsonNode draft = planner.get("/api/v1/requirement-lists/current-draft").json();
            assertThat(draft.path("number").asInt()).isEqualTo(2);
            assertThat(draft.path("items").valueStream()
                    .filter(i -> pac3.path("id").asText().equals(i.path("catalogueEntry").asText()))
                    .map(i -> i.path("quantity").asLong())).contains(60L);

            // a second start on the same data does not load it again
            app.getBean(DemoData.class).run(null);
            assertThat(api.get("/api/v1/packages").json().path("totalItems").asInt()).isEqualTo(4);
        }
    }
}
