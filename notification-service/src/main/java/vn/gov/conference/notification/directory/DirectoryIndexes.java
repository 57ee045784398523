package vn.gov.conference.notification.directory;

import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The directory's index, created at start-up, for a province's units in code order on a real MongoDB (the embedded
 * stand-in ignores it). A unit is otherwise found by its code, the document's id.
 */
@Component
class DirectoryIndexes implements SmartInitializingSingleton {

    private final MongoTemplate mongo;

    DirectoryIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    static List<Index> declared() {
        return List.of(new Index("province", Sort.Direction.ASC)
                .on("_id", Sort.Direction.ASC)
                .named("directory_province"));
    }

    @Override
    public void afterSingletonsInstantiated() {
        declared().forEach(mongo.indexOps(UnitContact.class)::createIndex);
    }
}
