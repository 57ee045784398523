package vn.gov.conference.notification.letters.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.conference.document.DocxWriter;
import vn.gov.conference.document.OfficialDocument;
import vn.gov.conference.document.PdfWriter;
import vn.gov.conference.notification.conference.Conference;
import vn.gov.conference.notification.invitation.Invitation;
import vn.gov.conference.notification.invitation.InvitationService;
import vn.gov.conference.notification.invitation.web.DelegateAccess;
import vn.gov.conference.notification.invitation.web.InvitationAccess;
import vn.gov.conference.notification.letters.Letters;
import vn.gov.conference.notification.web.FileNames;
import vn.gov.conference.platform.render.RenderSlots;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.time.VietnamTime;
import vn.gov.conference.platform.web.ConflictException;
import vn.gov.conference.platform.web.InvalidInputException;

/**
 * {@code /api/invitations/{id}/letter}: the Giấy mời of one invitation as the file the issuer signs and sends, for
 * the office (its token) and for the delegate's page (the answer or check-in link's sig). A plan that replaces the
 * invitation letter has none: its signed plan is the letter.
 */
@RestController
@Tag(name = "Delegates", description = "An invitation seen, answered and checked in through its signed link")
class InvitationLetterController {

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final InvitationService invitations;
    private final DelegateAccess access;
    private final InvitationAccess tokenAccess;
    private final Letters letters;
    private final Clock clock;
    private final RenderSlots renders;

    InvitationLetterController(
            InvitationService invitations,
            DelegateAccess access,
            InvitationAccess tokenAccess,
            Letters letters,
            Clock clock,
            RenderSlots renders) {
        this.invitations = invitations;
        this.access = access;
        this.tokenAccess = tokenAccess;
        this.letters = letters;
        this.clock = clock;
        this.renders = renders;
    }

    @GetMapping("/api/invitations/{id}/letter")
    @Operation(
            summary = "The Giấy mời (Nghị định 30/2020 layout) as format=docx or pdf (default)",
            description = "With the answer or check-in link's sig, or an office, approver or central token; 409 "
                    + "replaced-by-plan when the plan itself is the invitation letter.")
    ResponseEntity<byte[]> letter(
            @PathVariable String id,
            @RequestParam(required = false) String format,
            @Parameter(description = "the signed link's token") @RequestParam(required = false) String sig,
            @Nullable Caller caller) {
        boolean docx = docx(format);
        Invitation invitation;
        if (caller != null && !DelegateAccess.presented(sig)) {
            invitation = invitations.get(id);
            tokenAccess.checkCanRead(invitation, caller);
        } else {
            access.toRead(id, sig);
            invitation = invitations.get(id);
        }
        Conference conference = invitations.conferenceOf(invitation);
        if (conference.details().replacesInvitationLetter()) {
            throw new ConflictException(
                    "replaced-by-plan",
                    "Kế hoạch " + conference.details().documentNumber()
                            + " thay thư mời: the signed plan is the invitation letter.");
        }
        OfficialDocument document = letters.invitationDocument(
                conference, invitation, VietnamTime.now(clock).toLocalDate());
        byte[] file = renders.render(
                "invitation letter", () -> docx ? DocxWriter.write(document) : PdfWriter.write(document));
        return ResponseEntity.ok()
                .contentType(docx ? DOCX : MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        FileNames.attachment("giay-moi-" + id + (docx ? ".docx" : ".pdf")))
                .body(file);
    }

    private static boolean docx(String format) {
        String wanted = format == null ? "pdf" : format.strip().toLowerCase(Locale.ROOT);
        if (!wanted.equals("docx") && !wanted.equals("pdf")) {
            throw new InvalidInputException("format", "docx-or-pdf", "Ask for format=docx or format=pdf.");
        }
        return wanted.equals("docx");
    }
}
