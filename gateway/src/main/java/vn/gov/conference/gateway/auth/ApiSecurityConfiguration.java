package vn.gov.conference.gateway.auth;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import vn.gov.conference.gateway.routing.Pages;
import vn.gov.conference.gateway.web.ApiCors;
import vn.gov.conference.platform.security.ProblemAccessDeniedHandler;
import vn.gov.conference.platform.security.ProblemAuthenticationEntryPoint;
import vn.gov.conference.platform.security.Role;
import vn.gov.conference.platform.security.RoleAuthorities;

/**
 * Everything that is not the authorization server's own endpoints: {@code /api/**} needs a valid JWT (signature,
 * expiry, issuer) except the delegates' signed-link requests; the pages ({@link Pages}) need none. The token is then relayed unchanged; role, province
 * and unit are enforced by each service, itself a resource server on the same keys, and are not duplicated here.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    /**
     * Every filter chain here unobserved, not only unrecorded: management.observations.enable.spring.security=false
     * makes Spring Security's observations no-ops but leaves each filter wrapped in one, on every call.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(3)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiCors cors) {
        ProblemAuthenticationEntryPoint unauthenticated = new ProblemAuthenticationEntryPoint();
        ProblemAccessDeniedHandler forbidden = new ProblemAccessDeniedHandler();
        http.securityMatcher("/**")
                .csrf(csrf -> csrf.disable())
                .cors(c -> c.disable())
                .addFilterAfter(cors.filter(), HeaderWriterFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .authorizeHttpRequests(authorize -> authorize
                        // Circuit-breaker fallbacks and error pages answer a request that was already authorized.
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers(new SignedLinkRequests())
                        .permitAll()
                        .requestMatchers(Pages.PATHS.toArray(String[]::new))
                        .permitAll()
                        // The activation link's token is the credential of a person who has no password yet.
                        .requestMatchers(HttpMethod.POST, "/api/users/activation")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.GET,
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**",
                                "/asyncapi",
                                "/asyncapi/**")
                        .permitAll()
                        // Health answers its status alone unless the caller is an ADMIN (show-details:
                        // when-authorized).
                        .requestMatchers(
                                HttpMethod.GET,
                                "/actuator/health",
                                "/actuator/health/**",
                                "/actuator/info",
                                "/actuator/prometheus")
                        .permitAll()
                        // Metrics and the circuit breakers' state describe the platform's internals: its operators
                        // only.
                        .requestMatchers("/actuator", "/actuator/**")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(RoleAuthorities.converter()))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden));
        return http.build();
    }
}
