package vn.gov.conference.platform.cluster;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** What several replicas of one service share through its database: the sweeps' leases. */
@AutoConfiguration
public class ClusterConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SweepLock sweepLock(MongoTemplate mongo, MeterRegistry meters) {
        return new SweepLock(new Leases(mongo, SweepLock.COLLECTION), meters);
    }
}
