package vn.gov.conference.agenda.room;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The room bookings' index, created at start-up. A province's bookings and one room's bookings are read on every
 * timeline, conflicts and rooms request; without it each would scan the bookings of every province. The key is the
 * whole {@code room} sub-document because the finder compares the {@link RoomKey} as a value. Not unique: a room is
 * booked by many conferences over time. The embedded stand-in ignores non-unique indexes; a real MongoDB uses it.
 */
@Component
class RoomIndexes implements SmartInitializingSingleton {

    static final String PROVINCE_ROOM = "booking_province_room";

    private final MongoTemplate mongo;

    RoomIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(Booking.class)
                .createIndex(new Index("province", Sort.Direction.ASC)
                        .on("room", Sort.Direction.ASC)
                        .named(PROVINCE_ROOM));
    }
}
