package vn.gov.conference.web.console.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.gov.conference.web.WebProperties;

/**
 * The pages' security policy, with one addition for the console: its sign-out form ends at the authorization server
 * ({@code /connect/logout}), and a browser applies {@code form-action} to where a form's redirects lead too. Through
 * the gateway that is this same origin; it is named anyway for a deployment where the two differ.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleHeaders implements WebMvcConfigurer {

    private final String policy;

    ConsoleHeaders(WebProperties web) {
        URI signIn = URI.create(web.publicUrl());
        String origin = signIn.getScheme() + "://" + signIn.getAuthority();
        this.policy = "default-src 'self'; img-src 'self' data:; form-action 'self' " + origin
                + "; frame-ancestors 'none'; base-uri 'none'";
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        response.setHeader("Content-Security-Policy", policy);
                        return true;
                    }
                })
                .addPathPatterns("/console/**", "/console");
    }
}
