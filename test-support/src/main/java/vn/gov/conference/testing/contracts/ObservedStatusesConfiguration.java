package vn.gov.conference.testing.contracts;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/** Test classpath only (this module is a test dependency): records every answer for {@link ObservedStatuses}. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ObservedStatusesConfiguration {

    @Bean
    FilterRegistrationBean<ObservedStatuses> observedStatuses() {
        FilterRegistrationBean<ObservedStatuses> registration = new FilterRegistrationBean<>(new ObservedStatuses());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
