package org.palisade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.palisade.testing.PalisadeTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@PalisadeTest

class ApplicationStartsIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void schemaIsMigratedOnRealPostgres() {
        String version = jdbc.sql("select version()").query(String.class).single();
        assertThat(version).startsWith("PostgreSQL 18");
        Integer tables = jdbc.sql("select count(*) from information_schema.tables where table_name = 'organisation'")
                .query(Integer.class).single();
        assertThat(tables).isEqualTo(1);
    }
}
