package vn.gov.conference.platform.sample;

import org.springframework.data.mongodb.repository.MongoRepository;

interface Parcels extends MongoRepository<Parcel, String> {}
