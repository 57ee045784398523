package vn.gov.conference.bench.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Departments submitting materials: {@code POST /api/material-requests/{id}/submissions}, multipart part "file". */
public final class Submissions {

    private Submissions() {}

    /** A material request the bench can submit to, with the demo client of the unit that owns it. */
    public record Target(String requestId, String ownerClient) {}

    /** The open requests of {@code requests} that a demo department client owns. */
    public static List<Target> departmentTargets(List<JsonNode> requests) {
        return requests.stream()
                .filter(r ->
                        Plans.DEPARTMENTS.containsKey(r.get("owner").get("code").asString()))
                .map(r -> new Target(
                        r.get("id").asString(),
                        Plans.DEPARTMENTS.get(r.get("owner").get("code").asString())))
                .toList();
    }

    public static Response submit(Api api, Target target, String fileName, String contentType, byte[] content) {
        Multipart body = Multipart.file("file", fileName, contentType, content);
        return api.send(
                api.request("/api/material-requests/" + target.requestId() + "/submissions", target.ownerClient())
                        .header("Content-Type", body.contentType())
                        .POST(body.publisher())
                        .build());
    }

    public static Response submitPdf(Api api, Target target, String fileName, byte[] content) {
        return submit(api, target, fileName, "application/pdf", content);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
