package vn.gov.conference.platform.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * What the servlet container refuses on its own answers problem+json too: the error dispatch
 * ({@link ProblemErrorController}) and what Tomcat refuses before any filter runs ({@link ProblemErrorReportValve}).
 * Imported by the platform's configuration and by the gateway's.
 */
@Configuration(proxyBeanMethods = false)
@Import(ProblemErrorController.class)
public class ProblemRefusals {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }
}
