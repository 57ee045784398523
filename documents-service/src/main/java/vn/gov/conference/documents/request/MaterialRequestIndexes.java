package vn.gov.conference.documents.request;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.stereotype.Component;

/**
 * The material requests' indexes, created at start-up, one for each way {@link MaterialRequests} looks requests up
 * besides their id:
 * <ul>
 * <li>a plan's requests, and one assignment's of a plan (approval, cancellation, the chain's next step, listings);</li>
 * <li>by document, for every document read and download. Unique because a document is the versions of one request
 * and the finder returns one; sparse because a request has no document until its first submission;</li>
 * <li>by status, and the overdue sweep every minute: statuses and "not raised yet" are equalities, the deadline is
 * the range, so it comes last;</li>
 * <li>by submitted file, for the orphaned-file sweep.</li>
 * </ul>
 * The embedded stand-in ignores the non-unique ones; a real MongoDB uses them.
 */
@Component
class MaterialRequestIndexes implements SmartInitializingSingleton {

    static final String PLAN_ASSIGNMENT = "request_plan_assignment";
    static final String DOCUMENT = "request_document_unique";
    static final String STATUS_DEADLINE = "request_status_deadline";
    static final String SUBMITTED_FILES = "request_submitted_files";

    private final MongoTemplate mongo;

    MaterialRequestIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        IndexOperations indexes = mongo.indexOps(MaterialRequest.class);
        indexes.createIndex(new Index("planId", Sort.Direction.ASC)
                .on("assignmentId", Sort.Direction.ASC)
                .named(PLAN_ASSIGNMENT));
        indexes.createIndex(
                new Index("documentId", Sort.Direction.ASC).unique().sparse().named(DOCUMENT));
        indexes.createIndex(new Index("status", Sort.Direction.ASC)
                .on("overdueRaisedAt", Sort.Direction.ASC)
                .on("deadline", Sort.Direction.ASC)
                .named(STATUS_DEADLINE));
        indexes.createIndex(new Index("submissions.fileId", Sort.Direction.ASC).named(SUBMITTED_FILES));
    }
}
