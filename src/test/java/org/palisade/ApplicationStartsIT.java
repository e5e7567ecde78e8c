package org.palisade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.palisade.testing.Api;
import org.palisade.testing.PalisadeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PalisadeTest
class ApplicationStartsIT {

    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void schemaIsMigratedOnRealPostgres() {
        String version = jdbc.sql("select version()").query(String.class).single();
        assertThat(version).startsWith("PostgreSQL 18");
        Integer tables = jdbc.sql("select count(*) from information_schema.tables where table_name = 'organisation'")
                .query(Integer.class).single();
        assertThat(tables).isEqualTo(1);
    }

    @Test
    void theApiIsDescribedByOpenApiAndSwaggerUiIsServed() {
        Api api = new Api(port);
        var docs = api.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("paths").has("/api/v1/packages/{id}/fund")).isTrue();
        assertThat(docs.json().path("paths").has("/api/v1/contributions")).isTrue();
        var ui = api.send("GET", "/swagger-ui/index.html", null, java.util.Map.of("Accept", "text/html"));
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger");
    }

    @Test
    void anUnknownApiPathIsAProblemNotAnHtmlPage() {
        var missing = new Api(port).get("/api/v1/nothing-here");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }
}
