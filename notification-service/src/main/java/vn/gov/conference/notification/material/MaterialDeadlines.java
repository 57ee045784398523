package vn.gov.conference.notification.material;

import org.springframework.data.mongodb.repository.MongoRepository;

interface MaterialDeadlines extends MongoRepository<MaterialDeadline, String> {}
