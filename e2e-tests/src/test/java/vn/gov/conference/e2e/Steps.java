package vn.gov.conference.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.conference.e2e.Gateway.expect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import vn.gov.conference.testing.ApiClient.Response;

/** Calls and readings both seed scenarios make the same way. */
final class Steps {

    /** The readiness counters the scenarios follow, in this order. */
    static final String[] INVITATION_COUNTS = {"issued", "accepted", "declined", "substituted", "pending", "checkedIn"};

    static final String[] MATERIAL_COUNTS = {"requested", "submitted", "accepted", "returned", "late", "overdue"};

    private Steps() {}

    static List<Integer> counts(JsonNode node, String... fields) {
        List<Integer> counts = new ArrayList<>();
        for (String field : fields) {
            assertThat(node.has(field)).as("%s in %s", field, node).isTrue();
            counts.add(node.get(field).asInt());
        }
        return counts;
    }

    static JsonNode only(JsonNode array, String what, Predicate<JsonNode> which) {
        List<JsonNode> found = new ArrayList<>();
        array.forEach(item -> {
            if (which.test(item)) {
                found.add(item);
            }
        });
        assertThat(found).as("exactly one %s in %s", what, array).hasSize(1);
        return found.getFirst();
    }

    static List<JsonNode> list(JsonNode array) {
        return all(array, item -> true);
    }

    static List<JsonNode> all(JsonNode array, Predicate<JsonNode> which) {
        List<JsonNode> found = new ArrayList<>();
        array.forEach(item -> {
            if (which.test(item)) {
                found.add(item);
            }
        });
        return found;
    }

    static Predicate<JsonNode> field(String pointer, String value) {
        return node -> value.equals(node.at(pointer).asString(null));
    }

    /** Waits until the plan's readiness (as {@code client} sees it) shows these invitation and material counts. */
    static JsonNode awaitReadiness(
            Gateway gateway, String client, String planId, List<Integer> invitations, List<Integer> materials) {
        return Await.until(
                "readiness with invitations " + List.of(INVITATION_COUNTS) + " = " + invitations + " and materials "
                        + List.of(MATERIAL_COUNTS) + " = " + materials,
                () -> expect(gateway.get(client, "/api/plans/" + planId + "/readiness"), 200),
                r -> counts(r.get("invitations"), INVITATION_COUNTS).equals(invitations)
                        && counts(r.get("materials"), MATERIAL_COUNTS).equals(materials));
    }

    /** agenda-service learns of a new plan from PlanDrafted; until then there is no agenda to write (404). */
    static JsonNode writeAgenda(Gateway gateway, String client, String planId, JsonNode agenda) {
        Response written = Await.until(
                "agenda-service to know plan " + planId,
                () -> gateway.put(client, "/api/plans/" + planId + "/agenda", agenda),
                r -> r.status() != 404);
        return expect(written, 200);
    }

    /** Publication needs agenda-service to have heard that the plan is approved with a date (PlanApproved etc.). */
    static Response publishAgenda(Gateway gateway, String client, String planId) {
        return Await.until(
                "agenda-service to learn that plan " + planId + " is approved with a date",
                () -> gateway.post(client, "/api/plans/" + planId + "/agenda/publish", Map.of()),
                r -> !List.of("plan-not-approved", "date-not-fixed").contains(rule(r)));
    }

    static String rule(Response response) {
        return response.bytes().length == 0 || !response.contentType().contains("json")
                ? ""
                : response.json().path("rule").asString("");
    }

    /**
     * The JSON call a delegate's page makes with its link's {@code sig}: the invitation page {@code /moi/{id}} reads
     * {@code /api/invitations/{id}}, the check-in page {@code /diem-danh/{id}} posts to
     * {@code /api/invitations/{id}/check-in}, the portal page {@code /tai-lieu/{planId}} reads
     * {@code /api/plans/{planId}/portal}.
     */
    static String apiOf(String pageLink) {
        if (pageLink.contains("/moi/")) {
            return pageLink.replace("/moi/", "/api/invitations/");
        }
        if (pageLink.contains("/diem-danh/")) {
            return pageLink.replaceFirst("/diem-danh/([^?]+)\\?", "/api/invitations/$1/check-in?");
        }
        if (pageLink.contains("/tai-lieu/")) {
            return pageLink.replaceFirst("/tai-lieu/([^?]+)\\?", "/api/plans/$1/portal?");
        }
        throw new AssertionError("Not a link to a delegate's page: " + pageLink);
    }

    /** The answer endpoint behind an invitation page's link ({@code /moi/{id}?sig=…}). */
    static String answerLink(String invitationLink) {
        return apiOf(invitationLink).replace("?sig=", "/answer?sig=");
    }

    /** The same link with one character in the middle of its signature changed. */
    static String tampered(String link) {
        int at = link.indexOf('.', link.indexOf("sig=")) + 10;
        char changed = link.charAt(at) == 'A' ? 'B' : 'A';
        return link.substring(0, at) + changed + link.substring(at + 1);
    }

    /**
     * The check-in endpoint behind the page a delegate's QR code opens (the image attached to their invitation,
     * {@code /diem-danh/{id}?sig=…}).
     */
    static String checkInLink(Mailbox mailbox, Mailbox.Mail invitation) {
        Mailbox.Attachment qr = invitation
                .attachment(a -> a.contentType().startsWith("image/png"))
                .orElseThrow(() ->
                        new AssertionError("No QR code in " + invitation.subject() + ": " + invitation.attachments()));
        String link = QrCode.read(mailbox.attachment(invitation, qr));
        assertThat(link).contains("/diem-danh/").contains("?sig=");
        return apiOf(link);
    }

    static String calendarOf(Mailbox mailbox, Mailbox.Mail mail) {
        Mailbox.Attachment ics = mail.attachment(a -> a.contentType().startsWith("application/ics"))
                .orElseThrow(() -> new AssertionError("No .ics file in " + mail.subject() + ": " + mail.attachments()));
        assertThat(ics.name()).endsWith(".ics");
        return mailbox.attachmentText(mail, ics);
    }

    /** A folded iCalendar line is unfolded (RFC 5545 3.1) so that long values can be compared. */
    static String unfolded(String ics) {
        return ics.replace("\r\n ", "").replace("\n ", "");
    }
}
