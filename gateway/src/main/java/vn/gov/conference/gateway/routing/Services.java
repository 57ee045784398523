package vn.gov.conference.gateway.routing;

import java.util.List;

/** The backends the gateway fronts, by the names used for their routes, circuit breakers and documentation. */
public final class Services {

    public static final String PLAN = "plan-service";

    public static final String AGENDA = "agenda-service";

    public static final String NOTIFICATION = "notification-service";

    public static final String DOCUMENTS = "documents-service";

    /** The delegates' pages and the staff console (server-rendered, itself a client of the API behind the gateway). */
    public static final String WEB = "web";

    /** The API services: each has its own routes under {@code /api} and its own OpenAPI and AsyncAPI documents. */
    public static final List<String> ALL = List.of(PLAN, AGENDA, NOTIFICATION, DOCUMENTS);

    /** Every backend the gateway routes to. */
    public static final List<String> ROUTED = List.of(PLAN, AGENDA, NOTIFICATION, DOCUMENTS, WEB);

    private Services() {}
}
