package vn.gov.conference.notification.conference;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

public interface Conferences extends MongoRepository<Conference, String> {

    /** Conferences with a notice not yet fanned out to every invitee. */
    @Query("{ 'notices.0': { $exists: true } }")
    List<Conference> findWithPendingNotices();
}
