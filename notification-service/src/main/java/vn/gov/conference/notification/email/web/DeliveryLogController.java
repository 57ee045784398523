package vn.gov.conference.notification.email.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.conference.notification.email.EmailKind;
import vn.gov.conference.notification.email.OutboundEmail;
import vn.gov.conference.platform.paging.Page;
import vn.gov.conference.platform.paging.Paging;
import vn.gov.conference.platform.security.Caller;

@RestController
@Tag(name = "Delivery log", description = "Every email the service sent or is sending, and how delivery went")
class DeliveryLogController {

    private final MongoTemplate mongo;
    private final DeliveryLogAccess access;

    DeliveryLogController(MongoTemplate mongo, DeliveryLogAccess access) {
        this.mongo = mongo;
        this.access = access;
    }

    record EmailView(
            String id,
            @Nullable String planId,
            @Nullable String invitationId,
            EmailKind kind,
            String recipient,
            @Nullable String recipientName,
            String subject,
            OutboundEmail.Status status,
            int attempts,
            @Nullable Instant nextAttemptAt,
            @Nullable Instant sentAt,
            @Nullable String lastError,
            Instant createdAt,
            List<OutboundEmail.Attempt> history) {

        static EmailView of(OutboundEmail email) {
            return new EmailView(
                    email.id().value(),
                    email.planId(),
                    email.invitationId(),
                    email.kind(),
                    email.recipient(),
                    email.recipientName(),
                    email.subject(),
                    email.status(),
                    email.attempts(),
                    email.nextAttemptAt(),
                    email.sentAt(),
                    email.lastError(),
                    email.createdAt(),
                    email.history());
        }
    }

    @GetMapping("/api/emails")
    @Operation(summary = "The delivery log, newest first, by plan and/or recipient, a page at a time")
    Page<EmailView> log(
            @RequestParam(required = false) String planId,
            @RequestParam(required = false) String recipient,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE_TEXT) int size,
            Caller caller) {
        Paging paging = Paging.of(page, size);
        access.checkCanRead(caller);
        Criteria criteria = new Criteria();
        if (planId != null) {
            access.checkCanReadPlan(caller, planId);
            criteria = criteria.and("planId").is(planId);
        }
        if (!access.seesEveryProvince(caller)) {
            criteria = criteria.and("tenant").is(caller.province());
        }
        if (recipient != null) {
            criteria = criteria.and("recipient").is(recipient.strip().toLowerCase(Locale.ROOT));
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, OutboundEmail.class);
        // Emails queued together share createdAt: the id keeps their order from one page to the next.
        List<EmailView> items = mongo
                .find(
                        paging.applyTo(query, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id"))),
                        OutboundEmail.class)
                .stream()
                .map(EmailView::of)
                .toList();
        return new Page<>(items, paging.page(), paging.size(), total);
    }
}
