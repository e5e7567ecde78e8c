package org.palisade.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.palisade.PalisadeApplication;
import org.palisade.testing.PalisadeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the verify command as operators do: a separate JVM started with {@code --palisade.audit.verify-and-exit},
 * here pointed at the test database, judged by its exit status and what it prints.
 */
@PalisadeTest
class VerifyCommandIT {

    @Autowired AuditTrail trail;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void theCommandExitsZeroAndSaysSoWhenTheChainIsIntact() throws Exception {
        new RecordedChanges(events, transactions).packageChangedTimes(2);
        trail.sequenceNow();

        Run run = verifyCommand();

        assertThat(run.status()).as(run.output()).isZero();
        assertThat(run.output()).contains("Audit trail intact").contains("\"ok\":true");
    }

    @Test
    void theCommandExitsNonZeroAndNamesTheAlteredEntry() throws Exception {
        new RecordedChanges(events, transactions).packageChangedTimes(2);
        trail.sequenceNow();
        long victim = jdbc.sql("SELECT max(sequence) - 1 FROM audit_entry").query(Long.class).single();
        String reason = jdbc.sql("SELECT reason FROM audit_entry WHERE sequence = :s").param("s", victim)
                .query(String.class).single();
        // committed, because the command reads through its own connection; put back whatever happens
        setReason(victim, "quietly edited");
        try {
            Run run = verifyCommand();

            assertThat(run.status()).as(run.output()).isEqualTo(1);
            assertThat(run.output()).contains("Audit trail NOT intact")
                    .contains("entry " + victim + " was altered").contains("\"firstBadSequence\":" + victim);
        } finally {
            setReason(victim, reason);
        }
        assertThat(trail.verify().ok()).isTrue();
    }

    private void setReason(long sequence, String reason) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("SET LOCAL session_replication_role = replica").update();
            jdbc.sql("UPDATE audit_entry SET reason = :reason WHERE sequence = :s").param("reason", reason)
                    .param("s", sequence).update();
        });
    }

    private Run verifyCommand() throws IOException, InterruptedException {
        int port = jdbc.sql("SELECT inet_server_port()").query(Integer.class).single();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                PalisadeApplication.class.getName(), "--palisade.audit.verify-and-exit",
                "--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
                "--spring.datasource.username=postgres"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the command finished").isTrue();
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    record Run(int status, String output) {
    }
}
