package org.palisade.audit;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --palisade.audit.verify-and-exit}: verifies the chain once, prints the result and exits with status 0
 * when the chain is intact, 1 when it is not. {@link VerifyCommandSettings} keeps such a run from serving
 * HTTP, sequencing or loading demo data, so it only reads.
 */
@Component
@ConditionalOnProperty(VerifyCommandSettings.PROPERTY)
class VerifyCommand implements ApplicationRunner {

    private final AuditTrail trail;
    private final JsonMapper json;
    private final ConfigurableApplicationContext context;

    VerifyCommand(AuditTrail trail, JsonMapper json, ConfigurableApplicationContext context) {
        this.trail = trail;
        this.json = json;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        Verification result = trail.verify();
        report(result, System.out);
        int status = result.ok() ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> status));
    }

    void report(Verification result, PrintStream out) {
        if (result.ok()) {
            out.println("Audit trail intact: " + result.checkedEntries() + " entries verified"
                    + (result.headSequence() == null ? "" : ", head " + result.headSequence() + " " + result.headHash()));
        } else {
            out.println("Audit trail NOT intact: " + result.problem());
        }
        out.println(json.writeValueAsString(result));
        out.flush();
    }
}
