package vn.gov.conference.notification.material;

import java.time.OffsetDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** What a material request asked for, kept so that an overdue notice can name it (MaterialOverdue does not). */
@Document("material_deadlines")
record MaterialDeadline(
        @Id String requestId,
        String planId,
        String title,
        String ownerCode,
        String recipientName,
        OffsetDateTime deadline) {}
