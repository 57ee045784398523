package vn.gov.conference.notification.invitation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.gov.conference.contracts.plan.ConferenceFormat;
import vn.gov.conference.contracts.plan.ExternalGuest;
import vn.gov.conference.contracts.plan.ParticipantGroup;
import vn.gov.conference.contracts.plan.PlanSnapshot;
import vn.gov.conference.platform.text.VietnameseText;

/**
 * Turns an approved plan's participant composition into whom to invite: one seat quota per composition line that
 * names a unit, addressed to the unit's contact (the plan's, or the unit directory's), and one personal invitation
 * per external guest. A line that states no count ("Thủ trưởng…", "Đại diện lãnh đạo…") still invites its unit, which
 * then names how many it sends. The line's role travels as the quota's position, so the letter says whom to send.
 * The approved plan replaces the invitation letter, so nothing else is needed to issue them.
 */
public final class CompositionPlanner {

    private static final List<String> PRESS_WORDS = List.of("press", "bao chi", "phong vien", "dua tin");

    private CompositionPlanner() {}

    /** {@code unitEmails} looks a unit's contact address up in the directory by unit code. */
    public static List<InviteeSpec> plan(PlanSnapshot plan, Function<String, Optional<String>> unitEmails) {
        List<InviteeSpec> specs = new ArrayList<>();
        boolean remoteSites = plan.format() != null && plan.format() != ConferenceFormat.IN_PERSON;
        for (ParticipantGroup group : nullSafe(plan.participants())) {
            if (group.unit() == null || group.unit().code() == null) {
                continue;
            }
            String email = group.email() != null && !group.email().isBlank()
                    ? group.email()
                    : unitEmails.apply(group.unit().code()).orElse(null);
            Invitee.Category category = isPress(group) ? Invitee.Category.PRESS : Invitee.Category.OFFICIAL;
            Invitee unit = new Invitee(
                    null, group.role(), group.unit().code(), group.unit().name(), null, email, category);
            String site = VietnameseText.nfcOrNull(group.bridgePointCode());
            specs.add(new InviteeSpec(
                    "group:" + group.id(), unit, Math.max(0, group.count()), site, remoteSites && site != null));
        }
        for (ExternalGuest guest : nullSafe(plan.externalGuests())) {
            Invitee person = new Invitee(
                    guest.name(),
                    guest.position(),
                    null,
                    null,
                    guest.organisation(),
                    guest.email(),
                    Invitee.Category.GUEST);
            specs.add(new InviteeSpec(
                    "guest:" + guest.id(),
                    person,
                    1,
                    VietnameseText.nfcOrNull(guest.bridgePointCode()),
                    guest.online()));
        }
        return specs;
    }

    static boolean isPress(ParticipantGroup group) {
        String text = VietnameseText.fold(group.level()) + " " + VietnameseText.fold(group.role());
        return PRESS_WORDS.stream().anyMatch(text::contains);
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
