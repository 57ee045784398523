package vn.gov.conference.agenda.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import vn.gov.conference.testing.IndexCoverage;
import vn.gov.conference.testing.IndexCoverage.IndexKeys;
import vn.gov.conference.testing.IndexCoverage.Key;
import vn.gov.conference.testing.IndexCoverage.QueryShape;
import vn.gov.conference.testing.IntegrationTest;

/** The bookings' index exists once the service has started, and every finder of the bookings is served by one. */
@IntegrationTest
class RoomIndexesIntegrationTests {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MongoMappingContext mapping;

    @Test
    void createsTheProvinceAndRoomIndexAtStartUp() {
        assertThat(IndexCoverage.listed(mongo, "room_bookings"))
                .contains(
                        new IndexKeys(RoomIndexes.PROVINCE_ROOM, List.of(new Key("province", 1), new Key("room", 1))));
    }

    @Test
    void servesEveryFinderOfTheBookingsWithAnIndex() {
        List<QueryShape> finders = IndexCoverage.finders(RoomBookings.class, Booking.class, mapping);
        List<IndexKeys> indexes = IndexCoverage.listed(mongo, "room_bookings");

        assertThat(finders)
                .extracting(QueryShape::description)
                .containsExactlyInAnyOrder("findByProvinceAndRoom", "findByProvince");
        assertThat(finders)
                .allSatisfy(
                        finder -> assertThat(indexes).as(finder.toString()).anyMatch(index -> index.serves(finder)));
    }

    @Test
    void doesNotCountAnIndexWhoseLeadingKeyTheQueryLeavesOpen() {
        QueryShape byRoomOnly = new QueryShape("by room only", Set.of("room"), List.of(), Set.of());

        assertThat(IndexCoverage.listed(mongo, "room_bookings")).noneMatch(index -> index.serves(byRoomOnly));
    }
}
