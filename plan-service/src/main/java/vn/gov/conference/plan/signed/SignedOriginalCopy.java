package vn.gov.conference.plan.signed;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The signed original of a plan as documents-service announced it (it keeps the file): listed with the plan, so
 * that a reader sees the number and date on the paper, the file's SHA-256, and where to fetch it.
 *
 * @param content the documents-service path of the PDF for the plan's readers
 */
@Document("signed-originals")
public record SignedOriginalCopy(
        @Id String planId,
        @Nullable String documentNumber,
        @Nullable LocalDate issuedOn,
        @Nullable String fileName,
        long size,
        String sha256,
        @Nullable String content,
        OffsetDateTime attachedAt,
        String attachedBy) {}
