package vn.gov.conference.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.gov.conference.plan.SeedRequests;
import vn.gov.conference.testing.ApiClient.Response;
import vn.gov.conference.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers stay unique per issuer and year when approvals race. */
@IntegrationTest
class NumberingIntegrationTests {

    private static final int PLANS = 8;

    @LocalServerPort
    int port;

    @Test
    void givesRacingApprovalsDistinctConsecutiveNumbers() throws Exception {
        PlanApi api = new PlanApi(port);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < PLANS; i++) {
            ids.add(api.submitted(PlanApi.DT, SeedRequests.dongThap()));
        }
        List<Callable<Response>> approvals = ids.stream().<Callable<Response>>map(id ->
                () -> api.approve(id, Map.of("issuedOn", "2021-06-30"))).toList();

        List<Integer> numbers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(PLANS)) {
            for (Future<Response> approval : pool.invokeAll(approvals)) {
                Response response = approval.get();
                assertThat(response.status()).as(response.body()).isEqualTo(200);
                String number = response.json().get("documentNumber").asString();
                assertThat(number).endsWith("/KH-UBND");
                numbers.add(Integer.parseInt(number.substring(0, number.indexOf('/'))));
            }
        }

        assertThat(numbers).doesNotHaveDuplicates().hasSize(PLANS);
        assertThat(numbers.stream().mapToInt(Integer::intValue).max().orElseThrow()
                - numbers.stream().mapToInt(Integer::intValue).min().orElseThrow()).isEqualTo(PLANS - 1);
    }
}
