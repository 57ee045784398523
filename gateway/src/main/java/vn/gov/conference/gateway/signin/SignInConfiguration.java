package vn.gov.conference.gateway.signin;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import vn.gov.conference.gateway.people.PasswordLogins;

/**
 * The login form of the embedded authorization server: a person who opens the console without a session is sent here
 * by {@code /oauth2/authorize}, signs in with the address and password of their account ({@link PasswordLogins}, with
 * its lockout), and goes back to the authorization request, which answers the console with a code. The session this
 * creates is the authorization server's only, under its own cookie name (the console keeps its own).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "conference.gateway.auth.embedded-server", matchIfMissing = true)
class SignInConfiguration {

    @Bean
    @Order(2)
    SecurityFilterChain signInSecurityFilterChain(HttpSecurity http, PasswordLogins logins) {
        SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
        // Signing in straight at /dang-nhap (a bookmark) leads to the console, which then asks for its code.
        success.setDefaultTargetUrl("/console");
        http.securityMatcher(SignInPage.PATH)
                .authenticationManager(new ProviderManager(new PersonAuthentication(logins)))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .formLogin(form -> form.loginPage(SignInPage.PATH)
                        .loginProcessingUrl(SignInPage.PATH)
                        .successHandler(success)
                        .failureHandler(failure()));
        return http.build();
    }

    private static AuthenticationFailureHandler failure() {
        return (request, response, exception) -> SignInPage.write(
                request,
                response,
                request.getParameter("username"),
                switch (exception) {
                    case PersonAuthentication.Locked locked -> SignInPage.Problem.locked(locked.remaining());
                    case DisabledException disabled -> SignInPage.Problem.disabled();
                    default -> SignInPage.Problem.badCredentials();
                });
    }
}
