package org.palisade.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduling runs the sequencer (see {@link Sequencer}); it is off in the verify command. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditConfiguration {
}
