package vn.gov.conference.documents.signed;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import vn.gov.conference.platform.time.VietnamTime;

/**
 * A plan's signed original as clients see it: the number and date it bears, the file's name, size and SHA-256
 * (to check a download against), and where its bytes are.
 */
record SignedOriginalView(
        String planId,
        @Nullable String documentNumber,
        @Nullable LocalDate issuedOn,
        String fileName,
        String contentType,
        long size,
        String sha256,
        OffsetDateTime attachedAt,
        String attachedBy,
        String content,
        @Nullable String portalContent) {

    static SignedOriginalView of(SignedOriginal original) {
        return new SignedOriginalView(
                original.planId(),
                original.documentNumber(),
                original.issuedOn(),
                original.fileName(),
                "application/pdf",
                original.size(),
                original.sha256(),
                VietnamTime.at(original.attachedAt()),
                original.attachedBy(),
                "/api/plans/" + original.planId() + "/signed-original/content",
                original.contentPath());
    }
}
