package vn.gov.conference.web.console.signin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import vn.gov.conference.platform.security.Role;
import vn.gov.conference.web.WebProperties;

/**
 * Only {@code /console/**} is signed in (the delegates' pages stay anonymous: no chain matches them). A person
 * without a session is sent to the gateway's authorization server (OpenID Connect, authorization code with PKCE),
 * which shows its login form and sends a code back here; the person's access token, refreshed as it expires, is what
 * the console calls the API with. Signing out ends both sessions, the console's and the login form's.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

    static final String REGISTRATION = "conference";

    static final String SIGN_IN = "/console/oauth2/authorization/" + REGISTRATION;

    /** No span per security filter on every page: the request's own observation times and traces it. */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    ClientRegistrationRepository clientRegistrations(WebProperties web, ConsoleProperties console) {
        return new InMemoryClientRegistrationRepository(registration(web, console));
    }

    /**
     * The browser goes to the authorization server at the public address; this module fetches tokens and keys at the
     * API's address (the same gateway, reached from inside).
     */
    static ClientRegistration registration(WebProperties web, ConsoleProperties console) {
        return ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(console.clientId())
                .clientSecret(console.clientSecret())
                .clientName("Hội nghị chỉ số")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(console.publicUrl() + "/console/login/oauth2/code/{registrationId}")
                .scope("openid", "profile")
                .authorizationUri(web.publicUrl() + "/oauth2/authorize")
                .tokenUri(web.apiUrl() + "/oauth2/token")
                .jwkSetUri(web.apiUrl() + "/oauth2/jwks")
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", web.publicUrl() + "/connect/logout"))
                .clientSettings(ClientRegistration.ClientSettings.builder()
                        .requireProofKey(true)
                        .build())
                .build();
    }

    /** The ID token's {@code role} claim as a role, for the pages each role is offered. */
    private static Collection<? extends GrantedAuthority> roles(Collection<? extends GrantedAuthority> given) {
        List<GrantedAuthority> roles = new ArrayList<>(given);
        given.stream()
                .filter(OidcUserAuthority.class::isInstance)
                .map(authority -> ((OidcUserAuthority) authority).getIdToken().getClaimAsString("role"))
                .filter(Objects::nonNull)
                .forEach(role -> roles.add(new SimpleGrantedAuthority("ROLE_" + role)));
        return roles;
    }

    /** Gives the signed-in person's access token to the API client, refreshing it when it has expired. */
    @Bean
    OAuth2AuthorizedClientManager authorizedClients(
            ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository authorized) {
        DefaultOAuth2AuthorizedClientManager manager =
                new DefaultOAuth2AuthorizedClientManager(registrations, authorized);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }

    @Bean
    SecurityFilterChain consoleChain(
            HttpSecurity http, ClientRegistrationRepository registrations, ConsoleProperties console) {
        DefaultOAuth2AuthorizationRequestResolver requests =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, "/console/oauth2/authorization");
        requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signedOut.setPostLogoutRedirectUri(console.publicUrl() + "/console/da-dang-xuat");
        http.securityMatcher("/console/**")
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/console/da-dang-xuat")
                        .permitAll()
                        .requestMatchers("/console/phe-duyet", "/console/phe-duyet/**")
                        .hasRole(Role.APPROVER.name())
                        .requestMatchers("/console/toan-quoc", "/console/toan-quoc/**")
                        .hasRole(Role.CENTRAL.name())
                        .requestMatchers("/console/nhiem-vu", "/console/nhiem-vu/**")
                        .hasRole(Role.DEPARTMENT.name())
                        .requestMatchers(
                                "/console/ke-hoach",
                                "/console/ke-hoach/**",
                                "/console/tai-khoan",
                                "/console/tai-khoan/**")
                        .hasRole(Role.OFFICE.name())
                        .anyRequest()
                        .authenticated())
                .oauth2Login(login -> login.userInfoEndpoint(
                                userInfo -> userInfo.userAuthoritiesMapper(ConsoleSecurity::roles))
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
                        .redirectionEndpoint(endpoint -> endpoint.baseUri("/console/login/oauth2/code/*"))
                        .loginPage(SIGN_IN)
                        .defaultSuccessUrl("/console", false))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN))
                        .accessDeniedHandler((request, response, denied) -> {
                            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                            request.getRequestDispatcher("/console/tu-choi").forward(request, response);
                        }))
                .logout(logout -> logout.logoutUrl("/console/dang-xuat").logoutSuccessHandler(signedOut));
        return http.build();
    }
}
