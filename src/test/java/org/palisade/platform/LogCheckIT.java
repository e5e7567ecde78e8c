package org.palisade.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;
import org.palisade.testing.PalisadeTest;
import org.slf4j.LoggerFactory;

/** Asking a logger whether it would log stays a field read: no filter sits in front of every logger. */
@PalisadeTest
class LogCheckIT {

    @Test
    void noTurboFilterIsInstalled() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        assertThat(context.getTurboFilterList()).isEmpty();
    }
}
