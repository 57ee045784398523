package vn.gov.conference.gateway.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.gov.conference.platform.security.Role;

/** The people with a console account, in the gateway's database (collection {@code people}). */
@Component
class People {

    private final MongoTemplate mongo;

    People(MongoTemplate mongo) {
        this.mongo = mongo;
        // One account per address; the activation link is looked up by its token's hash.
        mongo.indexOps(Person.class)
                .createIndex(new Index().on("email", Sort.Direction.ASC).unique());
        mongo.indexOps(Person.class)
                .createIndex(new Index()
                        .on("activationTokenHash", Sort.Direction.ASC)
                        .sparse());
        mongo.indexOps(Person.class)
                .createIndex(new Index()
                        .on("province", Sort.Direction.ASC)
                        .on("role", Sort.Direction.ASC)
                        .on("email", Sort.Direction.ASC));
    }

    boolean isEmpty() {
        return this.mongo.count(new Query(), Person.class) == 0;
    }

    Optional<Person> find(String id) {
        return Optional.ofNullable(this.mongo.findById(id, Person.class));
    }

    Optional<Person> findByEmail(String email) {
        return Optional.ofNullable(
                this.mongo.findOne(Query.query(Criteria.where("email").is(email)), Person.class));
    }

    Optional<Person> findByActivationTokenHash(String hash) {
        return Optional.ofNullable(this.mongo.findOne(
                Query.query(Criteria.where("activationTokenHash").is(hash)), Person.class));
    }

    /** Refused with a duplicate key when the address already has an account. */
    void insert(Person person) {
        this.mongo.insert(person);
    }

    Person save(Person person) {
        return this.mongo.save(person);
    }

    record Found(List<Person> people, long total) {}

    Found find(String province, List<Role> roles, int page, int size) {
        Query query = new Query();
        if (province != null) {
            query.addCriteria(Criteria.where("province").is(province));
        }
        if (roles != null) {
            query.addCriteria(Criteria.where("role").in(roles));
        }
        long total = this.mongo.count(query, Person.class);
        query.with(Sort.by("email")).skip((long) page * size).limit(size);
        return new Found(this.mongo.find(query, Person.class), total);
    }
}
