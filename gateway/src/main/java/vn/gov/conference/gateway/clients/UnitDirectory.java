package vn.gov.conference.gateway.clients;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import vn.gov.conference.gateway.routing.RoutingProperties;
import vn.gov.conference.gateway.routing.Services;
import vn.gov.conference.gateway.web.Refusal;

/**
 * The units of the reference data, asked of plan-service's public reference API (the gateway keeps no reference data
 * of its own), with the caller's own token.
 */
@Component
public class UnitDirectory {

    private final RestClient planService;

    UnitDirectory(RoutingProperties routing) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(routing.connectTimeout())
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(Duration.ofSeconds(5));
        this.planService = RestClient.builder()
                .baseUrl(routing.service(Services.PLAN).uri().toString())
                .requestFactory(requests)
                .build();
    }

    /** A unit as the reference data knows it; {@code validTo} null while it exists. */
    public record Unit(String code, String province, LocalDate validFrom, LocalDate validTo) {

        public boolean existsOn(LocalDate day) {
            return (this.validFrom == null || !day.isBefore(this.validFrom))
                    && (this.validTo == null || !day.isAfter(this.validTo));
        }
    }

    /**
     * The version of the unit in force on {@code day}, else its latest version (which then tells when it ended);
     * empty when the reference data has no unit of that code. plan-service answers every version of a unit.
     */
    public Optional<Unit> find(String code, String authorization, LocalDate day) {
        try {
            Unit[] versions = this.planService
                    .get()
                    .uri("/api/reference/units/{code}", code)
                    .header(HttpHeaders.AUTHORIZATION, authorization)
                    .accept(MediaType.APPLICATION_JSON)
                    .retrieve()
                    .body(Unit[].class);
            if (versions == null || versions.length == 0) {
                return Optional.empty();
            }
            return Arrays.stream(versions)
                    .filter(version -> version.existsOn(day))
                    .findFirst()
                    .or(() -> Arrays.stream(versions)
                            .max(Comparator.comparing(
                                    Unit::validFrom, Comparator.nullsFirst(Comparator.naturalOrder()))));
        } catch (HttpClientErrorException ex) {
            if (ex.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                return Optional.empty();
            }
            throw unavailable(ex);
        } catch (RestClientException ex) {
            throw unavailable(ex);
        }
    }

    private static Refusal unavailable(Exception ex) {
        Throwable cause = ex;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return Refusal.unavailable(
                "reference-data-unavailable",
                "The unit could not be checked against the "
                        + "reference data: plan-service did not answer ("
                        + cause.getClass().getSimpleName()
                        + "). Retry later.");
    }
}
