package org.palisade.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palisade.PalisadeApplication;
import org.palisade.organisations.OrganisationKind;
import org.palisade.organisations.Organisations;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The application on its own embedded database, started and stopped as a user would. */
class EmbeddedDatabaseRestartIT {

    @TempDir
    Path dir;

    private ConfigurableApplicationContext start(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("--server.port=0", "--palisade.demo-data=false",
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(PalisadeApplication.class).run(args.toArray(String[]::new));
    }

    @Test
    void dataSurvivesARestartOnTheEmbeddedDatabase() {
        Path data = dir.resolve("data");
        try (ConfigurableApplicationContext first = start("--palisade.data-dir=" + data)) {
            first.getBean(Organisations.class).register(new Organisations.Registration("UKR", "Ukraine", true,
                    Set.of(OrganisationKind.RECIPIENT), List.of()));
            assertThat(first.getBean(EmbeddedPostgres.class)).isNotNull();
        }
        assertThat(Files.exists(data.resolve("PG_VERSION"))).as("data directory kept after shutdown").isTrue();
        try (ConfigurableApplicationContext second = start("--palisade.data-dir=" + data)) {
            assertThat(second.getBean(Organisations.class).byCode("UKR")).hasValueSatisfying(
                    o -> assertThat(o.name()).isEqualTo("Ukraine"));
        }
    }

    @Test
    void theEmbeddedDatabaseFlushesEveryCommitToDisk() {
        try (ConfigurableApplicationContext app = start("--palisade.data-dir=" + dir.resolve("data"))) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                assertThat(jdbc.sql("SHOW " + setting).query(String.class).single()).as(setting).isEqualTo("on");
            }
            // new WAL segments are not zero-filled first (their creation stalled every commit)
            assertThat(jdbc.sql("SHOW wal_init_zero").query(String.class).single()).isEqualTo("off");
        }
    }

    @Test
    void anExternalDatabaseIsUsedWhenItsUrlIsConfiguredAndNoEmbeddedOneStarts() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("external"))
                .setCleanDataDirectory(true).start()) {
            String url = external.getJdbcUrl("postgres", "postgres");
            try (ConfigurableApplicationContext app = start("--spring.datasource.url=" + url,
                    "--spring.datasource.username=postgres", "--palisade.data-dir=" + dir.resolve("unused"))) {
                assertThat(app.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
                assertThat(Files.exists(dir.resolve("unused"))).isFalse();
                app.getBean(Organisations.class).register(new Organisations.Registration("POL", "Poland", true,
                        Set.of(OrganisationKind.CONTRIBUTOR), List.of()));
            }
            Integer rows = JdbcClient.create(external.getPostgresDatabase())
                    .sql("select count(*) from organisation where code = 'POL'").query(Integer.class).single();
            assertThat(rows).isEqualTo(1);
        }
    }
}
