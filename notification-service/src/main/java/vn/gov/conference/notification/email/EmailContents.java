package vn.gov.conference.notification.email;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.util.Optional;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * What the outbound emails say ({@link EmailBody}, one document per email, under the email's id).
 * <p>
 * Emails written before the content moved out of {@code emails} still carry it in their {@code content} field. At
 * start-up, before the relay's first pass, it is moved here; should one still be found later (an instance of the
 * older version wrote it), reading moves it then. It is copied before anything else: a save of the email rewrites
 * the whole document and would drop the field.
 */
@Component
class EmailContents implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(EmailContents.class);
    static final String EMBEDDED = "content";

    private final MongoTemplate mongo;

    EmailContents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Stores a new email's content; false when a content is stored under that id already. */
    boolean add(EmailId id, EmailContent content) {
        try {
            mongo.insert(new EmailBody(id.value(), content));
            return true;
        } catch (DuplicateKeyException ex) {
            return false;
        }
    }

    /** Stores {@code content} under {@code id}, in place of the one stored there. */
    void replace(EmailId id, EmailContent content) {
        mongo.save(new EmailBody(id.value(), content));
    }

    /** What the email says; empty when it was lost. */
    Optional<EmailContent> of(EmailId id) {
        EmailBody body = mongo.findById(id.value(), EmailBody.class);
        if (body != null) {
            return Optional.of(body.content());
        }
        Query embedded = Query.query(Criteria.where("_id").is(id.value()));
        embedded.fields().include(EMBEDDED);
        Document email = mongo.findOne(embedded, Document.class, emails());
        return email == null ? Optional.empty() : Optional.ofNullable(moveEmbedded(email));
    }

    @Override
    public void afterSingletonsInstantiated() {
        int moved = 0;
        int failed = 0;
        try (MongoCursor<Document> found = mongo.getCollection(emails())
                .find(Filters.exists(EMBEDDED))
                .projection(Projections.include(EMBEDDED))
                .iterator()) {
            while (found.hasNext()) {
                Document email = found.next();
                try {
                    if (moveEmbedded(email) != null) {
                        moved++;
                    }
                } catch (RuntimeException ex) {
                    failed++;
                    log.warn("The content of email {} stays where it is: {}", email.get("_id"), ex.getMessage());
                }
            }
        }
        if (moved > 0 || failed > 0) {
            log.info("Moved the content of {} emails out of {} ({} failed)", moved, emails(), failed);
        }
    }

    /**
     * Copies an email's embedded content into its own document, then removes it from the email (which gets the
     * subject the delivery log shows); null when the email embeds none.
     */
    private EmailContent moveEmbedded(Document email) {
        if (!(email.get(EMBEDDED) instanceof Document embedded)) {
            return null;
        }
        EmailContent content = mongo.getConverter().read(EmailContent.class, embedded);
        String id = email.get("_id").toString();
        replace(new EmailId(id), content);
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(id)),
                new Update().set("subject", content.subject()).unset(EMBEDDED),
                emails());
        return content;
    }

    private String emails() {
        return mongo.getCollectionName(OutboundEmail.class);
    }
}
