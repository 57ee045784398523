package vn.gov.conference.gateway.auth;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;
import vn.gov.conference.gateway.clients.ClientAccounts;
import vn.gov.conference.gateway.clients.RevokedClients;
import vn.gov.conference.gateway.lockout.Lockouts;
import vn.gov.conference.gateway.people.PasswordLogins;
import vn.gov.conference.gateway.people.Person;
import vn.gov.conference.gateway.signin.SignedInPerson;
import vn.gov.conference.gateway.web.ApiCors;
import vn.gov.conference.platform.security.ProblemAccessDeniedHandler;
import vn.gov.conference.platform.security.ProblemAuthenticationEntryPoint;
import vn.gov.conference.platform.security.VerifiedTokens;

/**
 * This gateway is the OAuth2 authorization server (Spring Authorization Server). Machine clients, stored in MongoDB
 * and managed through {@code /api/clients}, get RS256 JWTs at {@code /oauth2/token} with the client credentials grant;
 * {@code /oauth2/jwks} publishes the key the services verify them with. People sign in to the console through it
 * (OpenID Connect, authorization code with PKCE, the login form at {@code /dang-nhap}). Off where an external issuer
 * (Keycloak) takes its place.
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
    RegisteredClientRepository registeredClientRepository(
            ClientAccounts accounts,
            AuthProperties properties,
            ResourceLoader resources,
            PasswordEncoder encoder,
            Clock clock) {
        SeededClients.seed(accounts, properties, resources, encoder, clock.instant());
        AuthProperties.Console console = properties.console();
        return new StoredClientRepository(
                accounts,
                properties.tokenTimeToLive(),
                StringUtils.hasText(console.secret())
                        ? StoredClientRepository.console(
                                console, encoder.encode(console.secret()), properties.tokenTimeToLive())
                        : null);
    }

    /**
     * Codes, tokens and their revocation in MongoDB, shared by every replica (the default keeps them in the memory of
     * the replica that issued them).
     */
    @Bean
    StoredAuthorizations authorizationService(MongoTemplate mongo) {
        return new StoredAuthorizations(mongo);
    }

    /** Ahead of Spring Security: a locked client id or address never reaches the secret check. */
    @Bean
    FilterRegistrationBean<TokenEndpointLockout> tokenEndpointLockout(Lockouts lockouts, AuthProperties properties) {
        FilterRegistrationBean<TokenEndpointLockout> registration =
                new FilterRegistrationBean<>(new TokenEndpointLockout(lockouts, properties.lockout()));
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
     * services check: the API, not the client itself as Spring Authorization Server would say. A person's tokens (the
     * console's) carry the person's instead, read again from the people store at every refresh, so that a disabled
     * account or a changed role takes effect within one access token's life; their ID token names them for the
     * console.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> conferenceClaims(AuthProperties properties, PasswordLogins logins) {
        return context -> {
            boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
            if (context.getPrincipal().getPrincipal() instanceof SignedInPerson signedIn) {
                Person person = logins.active(signedIn.email())
                        .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(
                                OAuth2ErrorCodes.INVALID_GRANT, "The account is no longer active.", null)));
                context.getClaims().claims(claims -> {
                    claims.put("name", person.name());
                    claims.put("role", person.role().name());
                    claims.put("unit", person.unit());
                    if (person.province() != null) {
                        claims.put("province", person.province());
                    }
                });
                if (accessToken) {
                    context.getClaims().audience(List.of(properties.audience()));
                }
                return;
            }
            if (accessToken) {
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
     * client. The signature of a token already verified is not checked again ({@link VerifiedTokens}); its claims are.
     */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, AuthProperties properties, RevokedClients revoked) {
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer().toString()),
                Audience.required(properties.audience()),
                revoked);
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(jwkSource).build();
        decoder.setJwtValidator(validator);
        return new VerifiedTokens(decoder, validator);
    }

    /**
     * The token and key endpoints for machines, and OpenID Connect for the console: a browser without a session at
     * {@code /oauth2/authorize} is sent to the login form; any other unauthenticated call gets a problem.
     */
    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerSecurityFilterChain(
            HttpSecurity http, ApiCors cors, StoredAuthorizations authorizations, AuthProperties properties) {
        AuthenticationEntryPoint problem = new ProblemAuthenticationEntryPoint();
        AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/dang-nhap");
        RequestMatcher authorize =
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/oauth2/authorize");
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults());
                    // A client learns about its own tokens only (revocation already keeps to them).
                    server.tokenIntrospectionEndpoint(
                            endpoint -> endpoint.authenticationProviders(OwnTokenIntrospection::restrict));
                    // Two requests of one console session refreshing at once both get the new tokens.
                    server.tokenEndpoint(endpoint -> endpoint.authenticationProviders(RefreshGrace.around(
                            authorizations, properties.console().refreshGrace())));
                })
                .authorizeHttpRequests(
                        authorizeRequests -> authorizeRequests.anyRequest().authenticated())
                .cors(c -> c.disable())
                .addFilterAfter(cors.filter(), HeaderWriterFilter.class)
                // The OpenID Connect user info endpoint is called with the person's access token.
                .oauth2ResourceServer(resourceServer ->
                        resourceServer.jwt(Customizer.withDefaults()).authenticationEntryPoint(problem))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, failure) ->
                                (authorize.matches(request) ? signIn : problem).commence(request, response, failure))
                        .accessDeniedHandler(new ProblemAccessDeniedHandler()));
        return http.build();
    }
}
