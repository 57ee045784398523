package vn.gov.conference.gateway.docs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's own OpenAPI document (first in the Swagger UI): how to authenticate. The services' documents are
 * listed beside it ({@code springdoc.swagger-ui.urls}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI gatewayOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Conference planning — API gateway")
                        .version("v1")
                        .description("""
                        One entry point for the plan, agenda, notification and documents services \
                        (pick each one in the list at the top). Every /api call needs an OAuth2 access token: \
                        machine clients obtain one with the client-credentials grant at /oauth2/token; people \
                        sign in through the deployment's identity provider. Delegates use the signed links in \
                        their emails instead. Refusals are application/problem+json (RFC 9457)."""))
                .components(new Components()
                        .addSecuritySchemes(
                                "oauth2",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.OAUTH2)
                                        .description("Client credentials (client_secret_basic or client_secret_post)")
                                        .flows(new OAuthFlows()
                                                .clientCredentials(new OAuthFlow()
                                                        .tokenUrl("/oauth2/token")
                                                        .scopes(new Scopes())))))
                .addSecurityItem(new SecurityRequirement().addList("oauth2"));
    }
}
