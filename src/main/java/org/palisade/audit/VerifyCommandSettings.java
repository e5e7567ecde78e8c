package org.palisade.audit;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

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
        MapPropertySource settings = new MapPropertySource("auditVerifyCommand", Map.of(
                "spring.main.web-application-type", "none",
                "spring.main.banner-mode", "off",
                "palisade.audit.sequencer-enabled", "false",
                "palisade.demo-data", "false",
                "logging.level.root", "WARN"));
        // below the command line, so an explicit argument (say --logging.level.root=INFO) still wins;
        // above the configuration files, which would otherwise switch demo data and sequencing back on
        MutablePropertySources sources = environment.getPropertySources();
        if (sources.contains(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME)) {
            sources.addAfter(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME, settings);
        } else {
            sources.addFirst(settings);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
