package vn.gov.conference.platform;

import java.time.Clock;
import java.time.Duration;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.gov.conference.platform.asyncapi.AsyncApiController;
import vn.gov.conference.platform.asyncapi.AsyncApiProperties;
import vn.gov.conference.platform.openapi.ApiDocumentation;
import vn.gov.conference.platform.persistence.StandInIndexes;
import vn.gov.conference.platform.persistence.TimeConversions;
import vn.gov.conference.platform.render.RenderSlots;
import vn.gov.conference.platform.time.VietnamTime;
import vn.gov.conference.platform.web.BodySizeLimitFilter;
import vn.gov.conference.platform.web.LimitsProperties;
import vn.gov.conference.platform.web.ProblemDetailsAdvice;
import vn.gov.conference.platform.web.ProblemRefusals;
import vn.gov.conference.platform.web.RequestIdFilter;

/** What every service gets by depending on the platform: the domain clock, problem details, its AsyncAPI document. */
// Before Boot's error handling, so that its BasicErrorController sees ours and steps aside.
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
            "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration"
        })
@EnableScheduling
@EnableConfigurationProperties({AsyncApiProperties.class, LimitsProperties.class})
@Import({ProblemDetailsAdvice.class, ProblemRefusals.class, AsyncApiController.class, ApiDocumentation.class})
public class PlatformConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PlatformConfiguration.class);

    /**
     * MongoDB health by {@code ping}, which both a real replica set and the embedded stand-in answer (Boot's own
     * indicator sends {@code hello}, which the stand-in does not know).
     */
    @Bean("mongoDatabaseHealthIndicator")
    HealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return () -> {
            try {
                mongo.executeCommand(new Document("ping", 1));
                return Health.up()
                        .withDetail("database", mongo.getDb().getName())
                        .build();
            } catch (RuntimeException ex) {
                return Health.down(ex).build();
            }
        };
    }

    /** Time stored the same way by every service (see {@link TimeConversions}); a service may add its own. */
    @Bean
    @ConditionalOnMissingBean
    MongoCustomConversions mongoCustomConversions() {
        return new MongoCustomConversions(TimeConversions.converters());
    }

    /** Only against the local stand-in; see {@link StandInIndexes}. */
    @Bean
    @ConditionalOnProperty(name = "conference.mongo.stand-in", havingValue = "true")
    StandInIndexes standInIndexes(MongoTemplate mongo) {
        return new StandInIndexes(mongo);
    }

    /** How many documents this instance renders at once; see {@link RenderSlots}. */
    @Bean
    @ConditionalOnMissingBean
    RenderSlots renderSlots(
            @Value("${conference.renders.max-concurrent:2}") int maxConcurrent,
            @Value("${conference.renders.retry-after:5s}") Duration retryAfter) {
        return new RenderSlots(maxConcurrent, retryAfter);
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Right after the request id (so that a 413 carries it), before authentication reads anything. */
    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(LimitsProperties limits) {
        FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(
                new BodySizeLimitFilter(limits.maxBodySize(), limits.maxUploadSize(), limits.uploadPaths()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /**
     * Asia/Ho_Chi_Minh; tests replace it with a fixed clock. {@code conference.clock.offset} (CONFERENCE_CLOCK_OFFSET,
     * an ISO-8601 duration such as {@code -P850D}) shifts the whole stack's "now" by the same amount, so demos and
     * the end-to-end scenario can walk through a historical plan with its own dates and deadlines.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${conference.clock.offset:}") String offset) {
        Clock system = Clock.system(VietnamTime.ZONE);
        if (offset.isBlank()) {
            return system;
        }
        Duration shift = Duration.parse(offset);
        log.warn("The clock is shifted by {}: now is {} here.", shift, VietnamTime.now(Clock.offset(system, shift)));
        return Clock.offset(system, shift);
    }
}
