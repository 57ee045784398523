package vn.gov.conference.notification.invitation;

import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.stereotype.Component;

/**
 * The invitations' indexes, created at start-up, for their searches on a real MongoDB (the embedded stand-in ignores
 * indexes that are not unique): a conference's invitations in the order they were issued, a page at a time, of one
 * status or all (also counting them, and a unit's within a conference), an invitation by its check-in code, and the quotas a unit's new address unblocks.
 * The check-in code is not unique by index: codes are random, and a collision must not refuse an invitation.
 */
@Component
class InvitationIndexes implements SmartInitializingSingleton {

    private final MongoTemplate mongo;

    InvitationIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    static List<Index> declared() {
        return List.of(
                // Pages of a conference's invitations sort on issuedAt and then the id (a batch shares its instant):
                // the id is in the index so that MongoDB reads a page in order instead of sorting the whole list.
                // A new name: an index is never redefined under the name it was created with.
                new Index("planId", Sort.Direction.ASC)
                        .on("issuedAt", Sort.Direction.ASC)
                        .on("_id", Sort.Direction.ASC)
                        .named("invitation_plan_page"),
                new Index("planId", Sort.Direction.ASC)
                        .on("status", Sort.Direction.ASC)
                        .on("issuedAt", Sort.Direction.ASC)
                        .on("_id", Sort.Direction.ASC)
                        .named("invitation_plan_status_page"),
                new Index("planId", Sort.Direction.ASC)
                        .on("code", Sort.Direction.ASC)
                        .named("invitation_code"),
                new Index("tenant", Sort.Direction.ASC)
                        .on("invitee.unitCode", Sort.Direction.ASC)
                        .on("status", Sort.Direction.ASC)
                        .named("invitation_unit"));
    }

    @Override
    public void afterSingletonsInstantiated() {
        IndexOperations indexes = mongo.indexOps(Invitation.class);
        declared().forEach(indexes::createIndex);
    }
}
