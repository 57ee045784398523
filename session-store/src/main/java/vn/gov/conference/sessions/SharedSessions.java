package vn.gov.conference.sessions;

import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.EnumSet;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Puts the application's HTTP sessions in MongoDB ({@link MongoSessionRepository}, collection
 * {@code conference.sessions.collection}, default {@code sessions}) in place of the servlet container's memory. The
 * cookie and the idle timeout stay those of {@code server.servlet.session.*}: its name, path, SameSite and HttpOnly
 * as configured, Secure when configured so or else when the request came over TLS (behind a proxy: its forwarded
 * headers). {@code conference.sessions.shared=false} keeps sessions in memory (one process).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "conference.sessions.shared", matchIfMissing = true)
@EnableSpringHttpSession
public class SharedSessions {

    @Bean
    MongoSessionRepository sessionRepository(MongoTemplate mongo, Environment environment) {
        Binder binder = Binder.get(environment);
        return new MongoSessionRepository(
                mongo,
                environment.getProperty("conference.sessions.collection", "sessions"),
                binder.bind("server.servlet.session.timeout", Duration.class).orElse(Duration.ofMinutes(30)));
    }

    @Bean
    CookieSerializer sessionCookie(Environment environment) {
        Binder binder = Binder.get(environment);
        String prefix = "server.servlet.session.cookie.";
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(environment.getProperty(prefix + "name", "SESSION"));
        binder.bind(prefix + "path", String.class).ifBound(cookie::setCookiePath);
        binder.bind(prefix + "domain", String.class).ifBound(cookie::setDomainName);
        cookie.setSameSite(capitalised(environment.getProperty(prefix + "same-site", "Lax")));
        cookie.setUseHttpOnlyCookie(
                binder.bind(prefix + "http-only", Boolean.class).orElse(true));
        binder.bind(prefix + "secure", Boolean.class).ifBound(cookie::setUseSecureCookie);
        return cookie;
    }

    /** Also on error and async dispatches, so that an error page sees the same session as the request. */
    @Bean
    FilterRegistrationBean<SessionRepositoryFilter<?>> sessionFilterRegistration(SessionRepositoryFilter<?> filter) {
        FilterRegistrationBean<SessionRepositoryFilter<?>> registration = new FilterRegistrationBean<>(filter);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER);
        return registration;
    }

    private static String capitalised(String sameSite) {
        String lower = sameSite.toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
