package vn.gov.conference.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.gov.conference.plan.SeedRequests;
import vn.gov.conference.testing.ApiClient.Response;
import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.contracts.DocumentedAnswers;

/** Numbers stay unique and gap-free per issuer and year when approvals race; registers stay within bounds. */
@IntegrationTest
@ExtendWith(DocumentedAnswers.class)
class NumberingIntegrationTests {

    private static final int PLANS = 8;

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void givesRacingApprovalsDistinctConsecutiveNumbers() throws Exception {
        PlanApi api = new PlanApi(port);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < PLANS; i++) {
            ids.add(api.submitted(PlanApi.DT, SeedRequests.dongThap()));
        }
        List<Callable<Response>> approvals = ids.stream()
                .<Callable<Response>>map(id -> () -> api.approve(id, Map.of("issuedOn", "2021-06-30")))
                .toList();

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
                        - numbers.stream().mapToInt(Integer::intValue).min().orElseThrow())
                .isEqualTo(PLANS - 1);
    }

    @Test
    void numbersRacingApprovalsOfTheSamePlansWithoutGaps() throws Exception {
        PlanApi api = new PlanApi(port);
        long before = register(api, "DT-UBND", 2019).get("lastUsed").asLong();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < PLANS; i++) {
            ids.add(api.submitted(PlanApi.DT, SeedRequests.dongThap()));
        }
        // Every plan approved twice at once: one approval wins, the other must not strand a number.
        List<Callable<Response>> approvals = new ArrayList<>();
        for (String id : ids) {
            approvals.add(() -> api.approve(id, Map.of("issuedOn", "2019-05-02")));
            approvals.add(() -> api.approve(id, Map.of("issuedOn", "2019-05-02")));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(approvals.size())) {
            for (Future<Response> approval : pool.invokeAll(approvals)) {
                Response response = approval.get();
                assertThat(response.status()).as(response.body()).isIn(200, 409);
            }
        }

        List<Long> numbers = ids.stream()
                .map(id -> api.get(id, PlanApi.approver(PlanApi.DT))
                        .json()
                        .get("documentNumber")
                        .asString())
                .map(n -> Long.parseLong(n.substring(0, n.indexOf('/'))))
                .sorted()
                .toList();
        assertThat(numbers)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(before + 1, before + PLANS)
                        .boxed()
                        .toList());
        assertThat(register(api, "DT-UBND", 2019).get("lastUsed").asLong()).isEqualTo(before + PLANS);
    }

    @Test
    void refusesARegisterBeyondSevenDigitsNamingNextNumber() {
        PlanApi api = new PlanApi(port);
        String office = PlanApi.office(PlanApi.DT);
        for (long tooHigh : new long[] {10_000_000L, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L}) {
            Response refused = api.http.put("/api/registers/DT-UBND/2018", office, Map.of("nextNumber", tooHigh));
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("nextNumber");
            assertThat(refused.json().get("errors").get(0).get("rule").asString())
                    .isEqualTo("max");
        }
        assertThat(register(api, "DT-UBND", 2018).get("nextNumber").asLong()).isEqualTo(1);
    }

    @Test
    void givesTheLastNumberOnceThenRefusesWithoutBreakingTheRegister() {
        PlanApi api = new PlanApi(port);
        assertThat(api.setRegister("DT-UBND", 2017, 9_999_999, PlanApi.office(PlanApi.DT))
                        .status())
                .isEqualTo(200);
        Response last =
                api.approve(api.submitted(PlanApi.DT, SeedRequests.dongThap()), Map.of("issuedOn", "2017-05-02"));
        assertThat(last.status()).as(last.body()).isEqualTo(200);
        assertThat(last.json().get("documentNumber").asString()).isEqualTo("9999999/KH-UBND");

        Response full =
                api.approve(api.submitted(PlanApi.DT, SeedRequests.dongThap()), Map.of("issuedOn", "2017-05-02"));
        assertThat(full.status()).as(full.body()).isEqualTo(409);
        assertThat(full.json().get("rule").asString()).isEqualTo("register-full");
        assertThat(register(api, "DT-UBND", 2017).get("lastUsed").asLong()).isEqualTo(9_999_999L);
    }

    @Test
    void readsARegisterStoredAs32BitOrPastTheLimitWithoutFailing() {
        PlanApi api = new PlanApi(port);
        mongo.insert(
                new Document("_id", "DT-UBND/2016")
                        .append("issuer", "DT-UBND")
                        .append("year", 2016)
                        .append("lastUsed", 41),
                "number_registers");
        mongo.insert(
                new Document("_id", "DT-UBND/2015")
                        .append("issuer", "DT-UBND")
                        .append("year", 2015)
                        .append("lastUsed", Integer.MAX_VALUE),
                "number_registers");

        Response next =
                api.approve(api.submitted(PlanApi.DT, SeedRequests.dongThap()), Map.of("issuedOn", "2016-05-02"));
        assertThat(next.json().get("documentNumber").asString()).isEqualTo("42/KH-UBND");
        assertThat(register(api, "DT-UBND", 2016).get("lastUsed").asLong()).isEqualTo(42);

        Response past =
                api.approve(api.submitted(PlanApi.DT, SeedRequests.dongThap()), Map.of("issuedOn", "2015-05-02"));
        assertThat(past.status()).as(past.body()).isEqualTo(409);
        Response register = api.http.get("/api/registers/DT-UBND/2015", PlanApi.office(PlanApi.DT));
        assertThat(register.status()).as(register.body()).isEqualTo(200);
        assertThat(register.json().get("lastUsed").asLong()).isEqualTo(Integer.MAX_VALUE);
    }

    private static tools.jackson.databind.JsonNode register(PlanApi api, String issuer, int year) {
        Response register = api.http.get("/api/registers/" + issuer + "/" + year, PlanApi.office(PlanApi.DT));
        assertThat(register.status()).as(register.body()).isEqualTo(200);
        return register.json();
    }
}
