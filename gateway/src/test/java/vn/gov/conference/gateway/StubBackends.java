package vn.gov.conference.gateway;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;
import vn.gov.conference.gateway.routing.Services;

/** One stub per service, started once per test JVM and shared by the contexts that route to them. */
public final class StubBackends {

    private static final Map<String, StubBackend> STUBS = new LinkedHashMap<>();

    static {
        Services.ROUTED.forEach(service -> STUBS.put(service, new StubBackend(service)));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> STUBS.values().forEach(StubBackend::close)));
    }

    private StubBackends() {}

    public static StubBackend of(String service) {
        return STUBS.get(service);
    }

    public static void reset() {
        STUBS.values().forEach(StubBackend::reset);
    }

    public static void routeAllTo(DynamicPropertyRegistry registry) {
        STUBS.forEach((service, stub) -> registry.add(
                "conference.gateway.routing.services." + service + ".uri",
                () -> stub.uri().toString()));
    }
}
