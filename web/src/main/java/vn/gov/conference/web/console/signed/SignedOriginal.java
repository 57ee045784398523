package vn.gov.conference.web.console.signed;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A plan's signed original (bản gốc đã ký) as {@code GET /api/plans/{id}/signed-original} gives it: the number and
 * date it bears, the PDF's name, size and SHA-256, when and by whom it was attached.
 */
public record SignedOriginal(
        String planId,
        @Nullable String documentNumber,
        @Nullable LocalDate issuedOn,
        String fileName,
        long size,
        String sha256,
        OffsetDateTime attachedAt,
        String attachedBy) {}
