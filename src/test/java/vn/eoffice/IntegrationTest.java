package vn.eoffice;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A Spring test against the database chosen for this run ({@code -Ppostgres} or H2 by default), with the demo
 * commission loaded. Tests must not depend on a clean database: they create what they need with unique names.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles(resolver = TestDatabase.class)
public @interface IntegrationTest {
}
