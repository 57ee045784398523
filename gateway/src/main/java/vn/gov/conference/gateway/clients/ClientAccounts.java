package vn.gov.conference.gateway.clients;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.gov.conference.platform.security.Role;

/** The machine clients, in the gateway's database ({@code conference-identity}, collection {@code clients}). */
@Component
public class ClientAccounts {

    private final MongoTemplate mongo;

    ClientAccounts(MongoTemplate mongo) {
        this.mongo = mongo;
        // For real MongoDB: the list's filter and the revocation sweep (the stand-in keeps them as declarations).
        mongo.indexOps(ClientAccount.class)
                .createIndex(new Index()
                        .on("province", Sort.Direction.ASC)
                        .on("role", Sort.Direction.ASC)
                        .on("_id", Sort.Direction.ASC));
        mongo.indexOps(ClientAccount.class).createIndex(new Index().on("revokedAt", Sort.Direction.ASC));
    }

    public Optional<ClientAccount> find(String clientId) {
        return Optional.ofNullable(this.mongo.findById(clientId, ClientAccount.class));
    }

    public boolean isEmpty() {
        return this.mongo
                        .getCollection(this.mongo.getCollectionName(ClientAccount.class))
                        .countDocuments()
                == 0;
    }

    /** Refused with a duplicate key when the id is taken (another replica seeded it first). */
    public void insert(ClientAccount client) {
        this.mongo.insert(client);
    }

    public ClientAccount save(ClientAccount client) {
        return this.mongo.save(client);
    }

    record Found(List<ClientAccount> clients, long total) {}

    Found find(String province, Role role, int page, int size) {
        Query query = new Query();
        if (province != null) {
            query.addCriteria(Criteria.where("province").is(province));
        }
        if (role != null) {
            query.addCriteria(Criteria.where("role").is(role));
        }
        long total = this.mongo.count(query, ClientAccount.class);
        query.with(Sort.by("_id")).skip((long) page * size).limit(size);
        return new Found(this.mongo.find(query, ClientAccount.class), total);
    }

    /** The ids of the clients revoked since {@code since}. */
    Set<String> revokedSince(Instant since) {
        Query query = new Query(Criteria.where("revokedAt").gte(since));
        query.fields().include("_id");
        return this.mongo.find(query, Document.class, this.mongo.getCollectionName(ClientAccount.class)).stream()
                .map(document -> document.getString("_id"))
                .collect(Collectors.toUnmodifiableSet());
    }
}
