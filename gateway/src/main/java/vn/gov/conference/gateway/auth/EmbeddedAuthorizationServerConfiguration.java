package vn.gov.conference.gateway.auth;

import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import vn.gov.conference.gateway.web.ApiCors;

/**
 * The local default: this gateway is the OAuth2 authorization server (Spring Authorization Server). Machine clients
 * get RS256 JWTs at {@code /oauth2/token} with the client credentials grant; {@code /oauth2/jwks} publishes the key
 * the services verify them with. Off in docker-compose, where an external issuer takes its place.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "conference.gateway.auth.embedded-server", matchIfMissing = true)
class EmbeddedAuthorizationServerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedAuthorizationServerConfiguration.class);

    /** Where a registered client keeps the claims its tokens carry. */
    static final String CLAIMS_SETTING = "conference.claims";

    @Bean
    JWKSource<SecurityContext> jwkSource(AuthProperties properties) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKeys.load(properties.keyFile())));
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(AuthProperties properties) {
        List<ClientRegistration> clients = ClientsFile.read(properties.clientsFile());
        log.info("Embedded authorization server: {} clients from {}", clients.size(),
                properties.clientsFile().getDescription());
        return new InMemoryRegisteredClientRepository(
                clients.stream().map(client -> registeredClient(client, properties)).toList());
    }

    private static RegisteredClient registeredClient(ClientRegistration client, AuthProperties properties) {
        String secret = client.secret().startsWith("{") ? client.secret() : "{noop}" + client.secret();
        return RegisteredClient.withId(client.id())
            .clientId(client.id())
            .clientName(client.name())
            .clientSecret(secret)
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
            .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
            .clientSettings(ClientSettings.builder().setting(CLAIMS_SETTING, client.claims()).build())
            .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(properties.tokenTimeToLive()).build())
            .build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(AuthProperties properties) {
        return AuthorizationServerSettings.builder()
            .issuer(properties.issuer().toString())
            .tokenEndpoint("/oauth2/token")
            .jwkSetEndpoint("/oauth2/jwks")
            .build();
    }

    /** Adds role, province and unit to every access token; {@code sub} is already the client id. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> conferenceClaims() {
        return context -> {
            if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                Map<String, Object> claims = context.getRegisteredClient()
                    .getClientSettings()
                    .getSetting(CLAIMS_SETTING);
                if (claims != null) {
                    context.getClaims().claims(existing -> existing.putAll(claims));
                }
            }
        };
    }

    /** The gateway checks its own tokens in process: same key, and only its own issuer. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, AuthProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(jwkSource).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.issuer().toString()));
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
