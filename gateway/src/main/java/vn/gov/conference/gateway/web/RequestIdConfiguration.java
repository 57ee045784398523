package vn.gov.conference.gateway.web;

import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import vn.gov.conference.platform.web.RequestIdFilter;

/**
 * The services' request-id filter, with the gateway's access log: one line per request. Ordered just after Boot's
 * server observation filter so that the trace id is in the MDC as well.
 */
@Configuration(proxyBeanMethods = false)
class RequestIdConfiguration {

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(
                new RequestIdFilter(LoggerFactory.getLogger("vn.gov.conference.gateway.access")));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }
}
