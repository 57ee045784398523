package vn.gov.conference.plan.planning;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.conference.plan.reference.ReferenceStore;

/** Plans read the reference data as it stands now; planning depends on reference, never the other way. */
@Configuration(proxyBeanMethods = false)
class PlanningConfiguration {

    @Bean
    PlanContentResolver planContentResolver(ReferenceStore store) {
        return new PlanContentResolver(store::current);
    }
}
