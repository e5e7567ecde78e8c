package org.palisade.audit;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When the application is started as the verify command, turns it into a read-only, short run: no web server
 * (it may run beside a serving instance), no sequencer, no demo data, quiet logs. Runs after the
 * configuration files are read, so the switch may come from any property source.
 */
class VerifyCommandSettings implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "palisade.audit.verify-and-exit";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String value = environment.getProperty(PROPERTY);
        // "--palisade.audit.verify-and-exit" alone gives an empty value; only "false" turns it off
        if (value == null || value.equalsIgnoreCase("false")) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("auditVerifyCommand", Map.of(
                "spring.main.web-application-type", "none",
                "spring.main.banner-mode", "off",
                "palisade.audit.sequencer-enabled", "false",
                "palisade.demo-data", "false",
                "logging.level.root", "WARN")));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
