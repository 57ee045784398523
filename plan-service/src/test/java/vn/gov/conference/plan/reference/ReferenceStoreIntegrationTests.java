package vn.gov.conference.plan.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.gov.conference.plan.reference.ReferenceEditing.UnitInput;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.security.Role;
import vn.gov.conference.testing.IntegrationTest;

/**
 * The store is seeded once, when empty; afterwards it is the truth for every instance and the files are not read
 * again. (The context, and so the database, may be shared with other test classes.)
 */
@IntegrationTest
class ReferenceStoreIntegrationTests {

    private static final Caller ADMIN = new Caller("admin", Role.ADMIN, null, null);
    private static final LocalDate IN_2026 = LocalDate.of(2026, 1, 1);

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ReferenceStore store;

    @Autowired
    ReferenceEditing editing;

    @Autowired
    Clock clock;

    @Test
    void seedsAFreshStoreOnceAndKeepsWhatTheApiChangedAcrossARestart() {
        assertThat(mongo.getCollection(ReferenceStore.UNITS).countDocuments()).isGreaterThan(1500);
        assertThat(store.current().provincesOn(LocalDate.of(2024, 7, 18))).hasSize(63);
        editing.createUnit(
                new UnitInput(
                        "HN-TTPVHCC",
                        "Trung tâm Phục vụ hành chính công thành phố Hà Nội",
                        "ha-noi",
                        null,
                        UnitKind.SERVICE_CENTRE,
                        null,
                        null,
                        LocalDate.of(2025, 7, 1),
                        null,
                        null,
                        null,
                        null),
                ADMIN);

        AtomicInteger seeded = new AtomicInteger();
        ReferenceStore restarted = new ReferenceStore(
                mongo,
                () -> {
                    seeded.incrementAndGet();
                    return ReferenceSeed.fromClasspath();
                },
                clock);
        restarted.afterPropertiesSet();

        assertThat(seeded).as("the files are not read again").hasValue(0);
        assertThat(restarted.current().unit("HN-TTPVHCC", IN_2026)).isPresent();
    }

    @Test
    void showsAWriteOfOneInstanceToAnotherAtOnce() {
        ReferenceStore other = new ReferenceStore(mongo, ReferenceSeed::fromClasspath, clock);
        other.afterPropertiesSet();
        assertThat(other.current().unit("DT-TTDL", IN_2026)).isEmpty();

        editing.createUnit(
                new UnitInput(
                        "DT-TTDL",
                        "Trung tâm Dữ liệu tỉnh Đồng Tháp",
                        "dong-thap",
                        null,
                        UnitKind.SERVICE_CENTRE,
                        null,
                        null,
                        LocalDate.of(2025, 7, 1),
                        null,
                        null,
                        null,
                        null),
                ADMIN);

        assertThat(other.current().unit("DT-TTDL", IN_2026)).isPresent();
    }
}
