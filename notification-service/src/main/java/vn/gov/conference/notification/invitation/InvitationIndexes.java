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
 * indexes that are not unique): a conference's invitations in the order they were issued (also counting them, and
 * a unit's within a conference), an invitation by its check-in code, and the quotas a unit's new address unblocks.
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
                new Index("planId", Sort.Direction.ASC).on("issuedAt", Sort.Direction.ASC).named("invitation_plan"),
                new Index("planId", Sort.Direction.ASC).on("code", Sort.Direction.ASC).named("invitation_code"),
                new Index("tenant", Sort.Direction.ASC).on("invitee.unitCode", Sort.Direction.ASC)
                        .on("status", Sort.Direction.ASC).named("invitation_unit"));
    }

    @Override
    public void afterSingletonsInstantiated() {
        IndexOperations indexes = mongo.indexOps(Invitation.class);
        declared().forEach(indexes::createIndex);
    }
}
