package vn.gov.conference.gateway.auth;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import vn.gov.conference.gateway.clients.ClientAccounts;
import vn.gov.conference.gateway.clients.RevokedClients;
import vn.gov.conference.gateway.lockout.Lockouts;
import vn.gov.conference.gateway.web.ApiCors;

/**
 * This gateway is the OAuth2 authorization server (Spring Authorization Server). Machine clients, stored in MongoDB
 * and managed through {@code /api/clients}, get RS256 JWTs at {@code /oauth2/token} with the client credentials grant;
 * {@code /oauth2/jwks} publishes the key the services verify them with. Off where an external issuer (Keycloak) takes
 * its place.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "conference.gateway.auth.embedded-server", matchIfMissing = true)
class EmbeddedAuthorizationServerConfiguration {

    @Bean
    JWKSource<SecurityContext> jwkSource(AuthProperties properties) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKeys.load(properties.keyFile())));
    }

    /** BCrypt for the clients' secrets (and people's passwords); older encodings are still read by their prefix. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(ClientAccounts accounts, AuthProperties properties,
            ResourceLoader resources, PasswordEncoder encoder, Clock clock) {
        SeededClients.seed(accounts, properties, resources, encoder, clock.instant());
        return new StoredClientRepository(accounts, properties.tokenTimeToLive());
    }

    /** Ahead of Spring Security: a locked client id or address never reaches the secret check. */
    @Bean
    FilterRegistrationBean<TokenEndpointLockout> tokenEndpointLockout(Lockouts lockouts, AuthProperties properties) {
        FilterRegistrationBean<TokenEndpointLockout> registration = new FilterRegistrationBean<>(
                new TokenEndpointLockout(lockouts, properties.lockout()));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(AuthProperties properties) {
        return AuthorizationServerSettings.builder()
            .issuer(properties.issuer().toString())
            .tokenEndpoint("/oauth2/token")
            .jwkSetEndpoint("/oauth2/jwks")
            .build();
    }

    /**
     * Adds role, province and unit to every access token ({@code sub} is already the client id), and the audience the
     * services check: the API, not the client itself as Spring Authorization Server would say.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> conferenceClaims(AuthProperties properties) {
        return context -> {
            if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                Map<String, Object> claims = context.getRegisteredClient()
                    .getClientSettings()
                    .getSetting(StoredClientRepository.CLAIMS_SETTING);
                if (claims != null) {
                    context.getClaims().claims(existing -> existing.putAll(claims));
                }
                context.getClaims().audience(List.of(properties.audience()));
            }
        };
    }

    /**
     * The gateway checks its own tokens in process: same key, its own issuer, the API's audience, and not of a revoked
     * client.
     */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, AuthProperties properties, RevokedClients revoked) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(jwkSource).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer().toString()),
                Audience.required(properties.audience()), revoked));
        return decoder;
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerSecurityFilterChain(HttpSecurity http, ApiCors cors) {
        http.oauth2AuthorizationServer(server -> http.securityMatcher(server.getEndpointsMatcher()))
            .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
            .cors(c -> c.disable())
            .addFilterAfter(cors.filter(), HeaderWriterFilter.class)
            .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new ProblemAuthenticationEntryPoint())
                .accessDeniedHandler(new ProblemAccessDeniedHandler()));
        return http.build();
    }
}
