package vn.gov.conference.notification.invitation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.gov.conference.notification.links.DelegateLinks;
import vn.gov.conference.notification.links.DelegateLinks.Check;
import vn.gov.conference.platform.time.VietnameseDates;
import vn.gov.conference.platform.web.ForbiddenException;
import vn.gov.conference.platform.web.InvalidInputException;
import vn.gov.conference.platform.web.UnauthenticatedException;

/**
 * Who may do what without an account, in one place: every signed link a delegate or the reception desk holds is
 * verified here. A link serves one purpose for one subject: the answer link reads and answers its invitation, the
 * check-in link (the QR code) reads and checks in its invitation, the desk link finds, counts and checks in the
 * delegates of one conference on one day. A changed id, purpose, day or expiry breaks the signature (403); a genuine
 * link past its expiry is gone (410); a desk link before its day is not valid yet (403). Every refusal says in
 * Vietnamese what happened and what to do, because the delegates' pages show it as it is.
 */
@Component
public class DelegateAccess {

    /** Which link opened an invitation: the answer link may answer, the check-in link only reads and checks in. */
    public enum Reader {
        ANSWER,
        CHECK_IN
    }

    private final DelegateLinks links;
    private final Clock clock;

    DelegateAccess(DelegateLinks links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    /**
     * Whether the request presents a signed link. The one precedence rule of the signed links, the same in
     * documents-service (its portal): a request that carries {@code sig} is judged by the link alone, its purpose,
     * subject and expiry; a token sent with it is neither needed nor consulted, so another province's token does not
     * spoil a valid link and an office's token does not rescue a broken one. Without {@code sig}, the token decides.
     */
    public static boolean presented(String sig) {
        return sig != null && !sig.isBlank();
    }

    /** Reading an invitation (and its calendar entry): its answer link or its check-in link. */
    public Reader toRead(String invitationId, String sig) {
        Check answer = links.check(DelegateLinks.ANSWER, invitationId, sig, clock.instant());
        if (answer == Check.VALID) {
            return Reader.ANSWER;
        }
        Check checkIn = links.check(DelegateLinks.CHECK_IN, invitationId, sig, clock.instant());
        if (checkIn == Check.VALID) {
            return Reader.CHECK_IN;
        }
        throw refusal(answer == Check.EXPIRED || checkIn == Check.EXPIRED ? Check.EXPIRED : Check.INVALID);
    }

    public void toAnswer(String invitationId, String sig) {
        require(links.check(DelegateLinks.ANSWER, invitationId, sig, clock.instant()));
    }

    public void toCheckIn(String invitationId, String sig) {
        require(links.check(DelegateLinks.CHECK_IN, invitationId, sig, clock.instant()));
    }

    /**
     * The reception desk of {@code planId} on {@code day} (the {@code day} parameter of its link): refused before that
     * day and after it. These endpoints also serve the office, so a call with neither token nor link is
     * unauthenticated (401).
     */
    public LocalDate atDesk(String planId, String sig, String day) {
        requireSig(sig);
        if (day == null || day.isBlank()) {
            throw new InvalidInputException(
                    "day",
                    "required",
                    "Đường dẫn bàn đón tiếp thiếu ngày sử dụng (tham số day). Vui lòng mở lại đúng đường dẫn Văn phòng "
                            + "đã gửi.");
        }
        LocalDate served;
        try {
            served = LocalDate.parse(day.strip());
        } catch (DateTimeParseException ex) {
            throw new InvalidInputException(
                    "day",
                    "date-format",
                    "Ngày của đường dẫn bàn đón tiếp không đúng dạng năm-tháng-ngày (ví dụ 2024-08-08). Vui lòng mở lại "
                            + "đúng đường dẫn Văn phòng đã gửi.");
        }
        Check check = links.check(DelegateLinks.DESK, DelegateLinks.deskSubject(planId, served), sig, clock.instant());
        if (check == Check.EXPIRED) {
            throw new InvalidInputException(
                    HttpStatus.GONE,
                    "sig",
                    "link-expired",
                    "Đường dẫn bàn đón tiếp dùng cho ngày " + VietnameseDates.date(served) + " đã hết hạn. Vui lòng "
                            + "đề nghị Văn phòng cấp đường dẫn mới.");
        }
        require(check);
        LocalDate today = clock.instant().atZone(VietnameseDates.ZONE).toLocalDate();
        if (today.isBefore(served)) {
            throw new ForbiddenException(
                    "link-not-yet-valid",
                    "Chưa đến ngày sử dụng: đường dẫn bàn đón tiếp này dùng cho ngày " + VietnameseDates.date(served)
                            + ". Vui lòng mở lại vào ngày đó.");
        }
        return served;
    }

    private static void requireSig(String sig) {
        if (sig == null || sig.isBlank()) {
            throw new UnauthenticatedException();
        }
    }

    private static void require(Check check) {
        if (check != Check.VALID) {
            throw refusal(check);
        }
    }

    private static RuntimeException refusal(Check check) {
        return check == Check.EXPIRED
                ? new InvalidInputException(
                        HttpStatus.GONE,
                        "sig",
                        "link-expired",
                        "Đường dẫn đã hết hạn. Vui lòng liên hệ Văn phòng tổ chức hội nghị để được hỗ trợ.")
                : new ForbiddenException(
                        "invalid-link",
                        "Đường dẫn không hợp lệ hoặc đã bị thay đổi, hoặc không dùng cho việc này. Vui lòng mở lại "
                                + "đúng đường dẫn trong thư mời; nếu vẫn không được, liên hệ Văn phòng tổ chức hội nghị.");
    }
}
