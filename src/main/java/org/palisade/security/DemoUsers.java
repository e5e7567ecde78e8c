package org.palisade.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.palisade.platform.StartupLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One demo user per role (two contributors, to show one nation not seeing another's confidential records),
 * created when demo data is on and the user is missing. They all share the password
 * {@code palisade.security.demo-password}, a documented demo default: demo data is for trying Palisade out,
 * never for a real deployment. Runs once the application is ready, after the demo organisations exist.
 */
@Component
@ConditionalOnProperty(name = "palisade.demo-data", havingValue = "true")
class DemoUsers {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    record DemoUser(String username, String organisationCode, Role role) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("planner", "UKR", Role.RECIPIENT_PLANNER),
            new DemoUser("coordinator", "NATO", Role.COORDINATOR),
            new DemoUser("supplier", "USA", Role.SUPPLIER),
            new DemoUser("contributor-nld", "NLD", Role.CONTRIBUTOR),
            new DemoUser("contributor-deu", "DEU", Role.CONTRIBUTOR),
            new DemoUser("auditor", "NATO", Role.AUDITOR),
            new DemoUser("admin", "NATO", Role.ADMINISTRATOR));

    private final LocalUsers users;
    private final OrganisationCodes organisations;
    private final SignInProperties settings;
    private final StartupLock startup;

    DemoUsers(LocalUsers users, OrganisationCodes organisations, SignInProperties settings, StartupLock startup) {
        this.users = users;
        this.organisations = organisations;
        this.settings = settings;
        this.startup = startup;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order // last: the organisations' demo data comes first
    void create() {
        // under the demo-data lock: another instance starting at the same moment may be creating them too
        int created = startup.holding(StartupLock.DEMO_DATA, this::createMissing);
        if (created > 0) {
            log.warn("Created {} demo users with the demo password (see README); turn demo data off in production",
                    created);
        }
    }

    private int createMissing() {
        int created = 0;
        for (DemoUser demo : USERS) {
            if (users.exists(demo.username())) {
                continue;
            }
            Optional<UUID> organisation = organisations.find(demo.organisationCode());
            if (organisation.isEmpty()) {
                log.warn("Demo user '{}' not created: organisation {} does not exist", demo.username(),
                        demo.organisationCode());
                continue;
            }
            users.create(demo.username(), settings.demoPassword(), organisation.get(), Set.of(demo.role()));
            created++;
        }
        return created;
    }
}
