package vn.gov.conference.localstack;

/** Where a running stack can be reached; every address is on this machine. */
public record StackAddresses(Ports ports) {

    private static final String HOST = "localhost";

    public String gatewayUrl() {
        return http(ports.gateway());
    }

    public String swaggerUiUrl() {
        return gatewayUrl() + "/swagger-ui.html";
    }

    public String jwkSetUri() {
        return gatewayUrl() + "/oauth2/jwks";
    }

    public String serviceUrl(ServiceDefinition service) {
        return http(service.port(ports));
    }

    /** The address of the service's {@code replica}-th process, counted from 0. */
    public String serviceUrl(ServiceDefinition service, int replica) {
        return http(service.port(ports, replica));
    }

    public String kafkaBootstrapServers() {
        return HOST + ":" + ports.kafka();
    }

    /** The server without a database, as a person would paste it into a MongoDB client. */
    public String mongoUri() {
        return "mongodb://" + HOST + ":" + ports.mongo();
    }

    public String mongoUri(String database) {
        return mongoUri() + "/" + database;
    }

    public String smtpHost() {
        return HOST;
    }

    public int smtpPort() {
        return ports.smtp();
    }

    /** The inbox a person opens in a browser; its JSON API is under {@code /api/messages}. */
    public String mailInboxUrl() {
        return http(ports.mailInbox());
    }

    private static String http(int port) {
        return "http://" + HOST + ":" + port;
    }
}
