package vn.gov.conference.gateway.routing;

import java.util.List;

/** The backends the gateway fronts, by the names used for their routes, circuit breakers and documentation. */
public final class Services {

    public static final String PLAN = "plan-service";

    public static final String AGENDA = "agenda-service";

    public static final String NOTIFICATION = "notification-service";

    public static final String DOCUMENTS = "documents-service";

    public static final List<String> ALL = List.of(PLAN, AGENDA, NOTIFICATION, DOCUMENTS);

    private Services() {
    }
}
