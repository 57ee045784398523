package vn.gov.conference.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.conference.gateway.GatewayIntegrationTest;

/**
 * A routed call is observed as a request (its timer, its trace), not once more per security filter, authentication
 * and authorization: those wrappers cost every call (ApiSecurityConfiguration's SecurityObservationSettings).
 */
class SecurityObservationsIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    private ObservationRegistry registry;

    @Test
    void aRoutedCallIsObservedAsARequestAndNotPerSecurityFilter() {
        List<String> started = new CopyOnWriteArrayList<>();
        AtomicBoolean recording = new AtomicBoolean(true);
        // Handlers cannot be removed from a registry; this one stops recording when the call is answered.
        this.registry.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public void onStart(Observation.Context context) {
                if (recording.get()) {
                    started.add(context.getName());
                }
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }
        });
        try {
            HttpResponse<String> response = this.gateway.send(
                    this.gateway.authorized("/api/plans", "tg-office").GET());
            assertThat(response.statusCode()).isEqualTo(200);
        } finally {
            recording.set(false);
        }

        assertThat(started).contains("http.server.requests").noneMatch(name -> name.startsWith("spring.security"));
    }
}
