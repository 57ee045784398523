package vn.gov.conference.platform.sample;

import org.springframework.data.mongodb.repository.MongoRepository;

interface Deliveries extends MongoRepository<Delivery, String> {}
