package org.palisade.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * An integration test on the real application and a real (embedded, throw-away) PostgreSQL, served on a
 * random port, configured against a real OpenID Connect provider ({@link TestIdentityProvider}). All tests
 * carrying it share one Spring context and so one database. Changes need a signed-in user: see
 * {@link TestUsers} and {@link Api#as(String)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestIdentityProvider.class)
public @interface PalisadeTest {
}
