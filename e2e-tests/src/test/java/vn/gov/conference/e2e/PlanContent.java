package vn.gov.conference.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import tools.jackson.databind.JsonNode;

/**
 * "Everything in them must work": what the office sent (a seed's request body) against what plan-service answers,
 * section by section. Units are sent as codes and come back as code and name; everything else comes back as sent.
 */
final class PlanContent {

    private PlanContent() {}

    static void assertSame(JsonNode request, JsonNode plan) {
        SoftAssertions soft = new SoftAssertions();
        for (String field : List.of(
                "/title",
                "/chair",
                "/format",
                "/closing",
                "/venue/room",
                "/venue/address",
                "/venue/note",
                "/time/label",
                "/budget/source",
                "/signer/name",
                "/signer/title",
                "/signer/capacity")) {
            soft.assertThat(text(plan, field)).as(field).isEqualTo(text(request, field));
        }
        for (String lines : List.of("preamble", "purposes", "requirements")) {
            soft.assertThat(Seeds.texts(plan.get(lines), null))
                    .as(lines)
                    .isEqualTo(Seeds.texts(request.get(lines), null));
        }
        Function<JsonNode, String> index =
                i -> i.get("code").asString() + " " + i.get("year").asInt();
        soft.assertThat(rows(plan.get("indices"), index)).as("indices").isEqualTo(rows(request.get("indices"), index));
        if (request.at("/time/start").isString()) {
            soft.assertThat(OffsetDateTime.parse(plan.at("/time/start").asString()))
                    .as("time.start")
                    .isEqualTo(OffsetDateTime.parse(request.at("/time/start").asString()));
        } else {
            soft.assertThat(text(plan, "/time/note")).as("time.note").isEqualTo(text(request, "/time/note"));
        }
        if (request.get("backdrop").isObject()) {
            soft.assertThat(Seeds.texts(plan.at("/backdrop/lines"), null))
                    .as("backdrop.lines")
                    .isEqualTo(Seeds.texts(request.at("/backdrop/lines"), null));
            soft.assertThat(text(plan, "/backdrop/spec")).isEqualTo(text(request, "/backdrop/spec"));
        }
        soft.assertThat(text(plan, "/budget/managedBy/code"))
                .as("budget.managedBy")
                .isEqualTo(text(request, "/budget/managedBy"));

        soft.assertThat(rows(plan.at("/participants/groups"), g -> group(g, unit(g, "/unit"))))
                .as("participant groups")
                .isEqualTo(rows(request.at("/participants/groups"), g -> group(g, text(g, "/unit"))));
        soft.assertThat(rows(plan.at("/participants/bridgePoints"), b -> bridgePoint(b, unit(b, "/host"))))
                .as("bridge points")
                .isEqualTo(rows(request.at("/participants/bridgePoints"), b -> bridgePoint(b, text(b, "/host"))));
        soft.assertThat(rows(plan.at("/participants/externalGuests"), PlanContent::guest))
                .as("external guests")
                .isEqualTo(rows(request.at("/participants/externalGuests"), PlanContent::guest));
        soft.assertThat(plan.at("/participants/statedTotal").asInt(-1))
                .as("stated total")
                .isEqualTo(request.at("/participants/statedTotal").asInt(-1));
        soft.assertThat(plan.at("/participants/totalApproximate").asBoolean())
                .isEqualTo(request.at("/participants/totalApproximate").asBoolean());

        soft.assertThat(rows(
                        plan.get("assignments"),
                        a -> assignment(
                                a,
                                unit(a, "/owner"),
                                rows(a.get("collaborators"), c -> c.get("code").asString()),
                                unit(a, "/recipient"))))
                .as("assignments")
                .isEqualTo(rows(
                        request.get("assignments"),
                        a -> assignment(
                                a,
                                text(a, "/owner"),
                                Seeds.texts(a.get("collaborators"), null),
                                text(a, "/recipient"))));
        soft.assertThat(rows(
                        plan.get("distribution"),
                        d -> text(d, "/text") + " "
                                + rows(d.get("units"), u -> u.get("code").asString())))
                .as("distribution")
                .isEqualTo(rows(
                        request.get("distribution"), d -> text(d, "/text") + " " + Seeds.texts(d.get("units"), null)));
        soft.assertThat(plan.get("replacesInvitationLetter").asBoolean())
                .isEqualTo(request.get("replacesInvitationLetter").asBoolean());
        soft.assertAll();
        assertThat(plan.get("assignments")).hasSameSizeAs(request.get("assignments"));
    }

    private static List<String> group(JsonNode g, String unit) {
        return List.of(
                text(g, "/id"),
                text(g, "/level"),
                unit,
                text(g, "/role"),
                String.valueOf(g.path("count").asInt(-1)),
                text(g, "/bridgePoint"));
    }

    private static List<String> bridgePoint(JsonNode b, String host) {
        return List.of(
                text(b, "/code"),
                text(b, "/name"),
                host,
                String.valueOf(b.path("expectedAttendance").asInt(-1)));
    }

    private static List<String> guest(JsonNode g) {
        return List.of(
                text(g, "/id"),
                text(g, "/salutation"),
                text(g, "/name"),
                text(g, "/position"),
                text(g, "/organisation"),
                text(g, "/email"),
                String.valueOf(g.get("online").asBoolean()),
                text(g, "/bridgePoint"));
    }

    private static List<String> assignment(JsonNode a, String owner, List<String> collaborators, String recipient) {
        return List.of(
                text(a, "/id"),
                owner,
                String.join(",", collaborators),
                text(a, "/task"),
                String.join("|", rows(a.get("deliverables"), d -> text(d, "/kind") + ": " + text(d, "/title"))),
                text(a, "/dueBefore"),
                recipient,
                text(a, "/next"),
                text(a, "/note"));
    }

    /** A text field, "-" when absent or null, so that absent and null read alike on both sides. */
    private static String text(JsonNode node, String pointer) {
        return node.at(pointer).asString("-");
    }

    /** A unit as plan-service answers it ({code, name}), by its code. */
    private static String unit(JsonNode node, String pointer) {
        return text(node, pointer + "/code");
    }

    private static <T> List<T> rows(JsonNode array, Function<JsonNode, T> row) {
        List<T> rows = new ArrayList<>();
        if (array != null) {
            array.forEach(item -> rows.add(row.apply(item)));
        }
        return rows;
    }
}
