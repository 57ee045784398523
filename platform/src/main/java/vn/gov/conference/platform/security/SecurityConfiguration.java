package vn.gov.conference.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service is a resource server of its own (defence in depth: the gateway is not trusted to have checked).
 * Every request needs a valid JWT except health, info, Prometheus, API docs and the service's declared signed-link
 * paths; the other actuator endpoints need an ADMIN's. Refusals answer application/problem+json like every other error.
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"
        })
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    private static final String LOCAL_LINK_SECRET = "local-development-link-secret-change-me";

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProperties properties) throws Exception {
        AuthenticationEntryPoint unauthenticated = ProblemAuthenticationEntryPoint.behindGateway();
        AccessDeniedHandler denied = new ProblemAccessDeniedHandler();
        List<String> publicPaths = properties.publicPaths();
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    // Health answers its status only, unless the caller is an ADMIN (show-details: when-authorized);
                    // Prometheus is scraped without a token (docker-compose's Prometheus has none).
                    requests.requestMatchers(
                                    "/actuator/health/**",
                                    "/actuator/health",
                                    "/actuator/info",
                                    "/actuator/prometheus",
                                    "/v3/api-docs/**",
                                    "/v3/api-docs",
                                    "/swagger-ui/**",
                                    "/swagger-ui.html",
                                    "/asyncapi.json",
                                    "/error")
                            .permitAll();
                    // Metrics and every other endpoint name the service's internals: the platform's operators only.
                    requests.requestMatchers("/actuator", "/actuator/**").hasRole(Role.ADMIN.name());
                    if (!publicPaths.isEmpty()) {
                        requests.requestMatchers(publicPaths.toArray(String[]::new))
                                .permitAll();
                    }
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(
                        server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(RoleAuthorities.converter()))
                                .authenticationEntryPoint(unauthenticated)
                                .accessDeniedHandler(denied))
                .exceptionHandling(handling ->
                        handling.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied));
        return http.build();
    }

    /**
     * No observation of each security filter, authentication and authorization: the request's own observation
     * (http.server.requests) already times and traces the call, and the wrappers ran on every call (documents-service
     * under uploads, docs/performance.md). A property that disables these observations would still leave every filter
     * wrapped; this bean removes the wrappers.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Signature, expiry, the one accepted issuer, and an audience naming this API. A token's signature is verified
     * once ({@link VerifiedTokens}, as in the gateway); its claims on every call.
     */
    @Bean
    JwtDecoder jwtDecoder(SecurityProperties properties) throws IOException {
        NimbusJwtDecoder decoder;
        if (properties.publicKeyLocation() != null) {
            try (InputStream pem = properties.publicKeyLocation().getInputStream()) {
                RSAPublicKey key = RsaKeyConverters.x509().convert(pem);
                decoder = NimbusJwtDecoder.withPublicKey(key).build();
            }
        } else {
            decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
        }
        String audience = properties.audience();
        OAuth2TokenValidator<Jwt> forThisApi = new JwtClaimValidator<List<String>>(
                JwtClaimNames.AUD, audiences -> audiences != null && audiences.contains(audience));
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer()), forThisApi);
        decoder.setJwtValidator(validator);
        return new VerifiedTokens(decoder, validator);
    }

    @Bean
    SignedLinks signedLinks(SecurityProperties properties) {
        String secret = properties.linkSecret();
        if (secret == null || secret.isBlank()) {
            log.warn("CONFERENCE_LINK_SECRET is not set: signed links use the local development secret.");
            secret = LOCAL_LINK_SECRET;
        }
        return new SignedLinks(secret);
    }

    @Bean
    WebMvcConfigurer callerArgumentResolver() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }
}
