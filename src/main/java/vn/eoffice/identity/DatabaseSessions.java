package vn.eoffice.identity;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Browser sessions kept in the database ({@code eoffice.identity.sessions=database}), so that the nodes of a cluster
 * behind a plain load balancer share them and a restart signs nobody out. One machine keeps them in memory. The
 * tables come from Flyway (V7), the timeout matches {@code server.servlet.session.timeout} (30 minutes).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "eoffice.identity.sessions", havingValue = "database")
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 1800)
class DatabaseSessions {
}
