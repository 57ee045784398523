package vn.gov.conference.notification.email;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface OutboundEmails extends MongoRepository<OutboundEmail, String> {

    List<OutboundEmail> findByCauseAndStatus(String cause, OutboundEmail.Status status);
}
