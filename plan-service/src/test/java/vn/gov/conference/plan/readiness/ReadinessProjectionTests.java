package vn.gov.conference.plan.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.util.ReflectionTestUtils;
import vn.gov.conference.contracts.UnitRef;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialRequested;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialSubmitted;
import vn.gov.conference.platform.events.IncomingEvent;

/** The projection's copies kept between polls, against an in-memory store that versions like Spring Data's save. */
class ReadinessProjectionTests {

    private static final UnitRef SKHDT = new UnitRef("TG-SKHDT", "Sở Kế hoạch và Đầu tư");
    private static final UnitRef SNV = new UnitRef("TG-SNV", "Sở Nội vụ");
    private static final OffsetDateTime JULY_25 = OffsetDateTime.parse("2024-07-25T08:00:00+07:00");

    private final VersionedStore store = new VersionedStore();
    private final ReadinessProjection projection =
            new ReadinessProjection(store, Clock.fixed(Instant.parse("2024-07-25T01:00:00Z"), ZoneOffset.UTC));

    @Test
    void readsAPlanOnceAndAppliesLaterPollsToTheCopyItSaved() {
        poll(requested("req-1"), requested("req-2"));
        poll(submitted("req-1"));
        poll(submitted("req-2"));

        assertThat(store.reads).isEqualTo(1);
        assertThat(store.saves).isEqualTo(3);
        assertThat(storedMaterials()).containsExactly("req-1 SUBMITTED", "req-2 SUBMITTED");
    }

    @Test
    void readsAgainWhenAnotherWriterSavedThePlanSinceAndKeepsBothChanges() {
        poll(requested("req-1"), requested("req-2"));
        // Another consumer thread or replica applies a submission of req-2 in between.
        PlanReadiness elsewhere = store.copyOfStored("plan-1");
        elsewhere.submitted("req-2", SKHDT, SNV, false, JULY_25);
        store.save(elsewhere);

        poll(submitted("req-1"));

        assertThat(store.conflicts).isEqualTo(1);
        assertThat(store.reads).isEqualTo(2);
        assertThat(storedMaterials()).containsExactly("req-1 SUBMITTED", "req-2 SUBMITTED");
    }

    @Test
    void dropsTheCopiesOfAPollThatFailedSoThatItsHalfAppliedChangesAreNeverSaved() {
        poll(requested("req-1"));

        assertThatThrownBy(() -> projection.run(() -> {
                    projection.on(event(), submitted("req-1"));
                    throw new IllegalStateException("the next handler of the poll failed");
                }))
                .isInstanceOf(IllegalStateException.class);
        poll(requested("req-2"));

        assertThat(store.reads).isEqualTo(2);
        assertThat(storedMaterials()).containsExactly("req-1 REQUESTED", "req-2 REQUESTED");
    }

    @Test
    void keepsOnlyTheMostRecentlyUsedPlansPerThread() {
        for (int plan = 0; plan <= ReadinessProjection.KEPT_PER_THREAD; plan++) {
            String planId = "plan-" + plan;
            projection.run(() -> projection.on(event(), requested(planId, "req-1")));
        }
        store.reads = 0;

        projection.run(() -> projection.on(event(), requested("plan-0", "req-2")));
        projection.run(() -> projection.on(event(), requested("plan-2", "req-2")));

        assertThat(store.reads)
                .as("plan-0 was the least recently used, plan-2 is still kept")
                .isEqualTo(1);
    }

    /** plan-1's materials as stored, "requestId STATUS" each, in the readiness's order. */
    private List<String> storedMaterials() {
        return store.stored("plan-1").materials().stream()
                .map(material -> material.requestId() + " " + material.status())
                .toList();
    }

    private void poll(Object... events) {
        projection.run(() -> {
            for (Object one : events) {
                switch (one) {
                    case MaterialRequested requested -> projection.on(event(), requested);
                    case MaterialSubmitted submitted -> projection.on(event(), submitted);
                    default -> throw new IllegalArgumentException(one.toString());
                }
            }
        });
    }

    private static MaterialRequested requested(String requestId) {
        return requested("plan-1", requestId);
    }

    private static MaterialRequested requested(String planId, String requestId) {
        return new MaterialRequested(
                planId, requestId, "asg-1", SKHDT, SNV, "REPORT", "Báo cáo tự đánh giá", JULY_25.plusDays(10), null);
    }

    private static MaterialSubmitted submitted(String requestId) {
        return new MaterialSubmitted(
                "plan-1", requestId, SKHDT, SNV, "doc-1", 1, "bao-cao.pdf", 4096, "ab", false, JULY_25);
    }

    private static IncomingEvent event() {
        return new IncomingEvent(
                "evt-" + System.nanoTime(), "documents-service", "type", JULY_25, null, "TG", new byte[0]);
    }

    /** Stores copies, as a database does, and refuses a save whose version is not the stored one. */
    private static final class VersionedStore implements Readiness {

        private final Map<String, PlanReadiness> rows = new HashMap<>();
        private int reads;
        private int saves;
        private int conflicts;

        @Override
        public Optional<PlanReadiness> findById(String planId) {
            reads++;
            return Optional.ofNullable(rows.get(planId)).map(VersionedStore::copy);
        }

        @Override
        public List<PlanReadiness> findAllById(Iterable<String> planIds) {
            List<PlanReadiness> found = new ArrayList<>();
            planIds.forEach(id -> findById(id).ifPresent(found::add));
            return found;
        }

        @Override
        public PlanReadiness save(PlanReadiness readiness) {
            Long version = (Long) ReflectionTestUtils.getField(readiness, "version");
            PlanReadiness current = rows.get(readiness.planId());
            if (current == null && version != null || current != null && version == null) {
                conflicts++;
                throw new DuplicateKeyException(readiness.planId());
            }
            if (current != null && !Objects.equals(version, ReflectionTestUtils.getField(current, "version"))) {
                conflicts++;
                throw new OptimisticLockingFailureException(readiness.planId());
            }
            ReflectionTestUtils.setField(readiness, "version", version == null ? 0L : version + 1);
            rows.put(readiness.planId(), copy(readiness));
            saves++;
            return readiness;
        }

        PlanReadiness stored(String planId) {
            return rows.get(planId);
        }

        PlanReadiness copyOfStored(String planId) {
            return copy(rows.get(planId));
        }

        /** A deep enough copy: the lists and sets the handlers change are copied, their records are values. */
        private static PlanReadiness copy(PlanReadiness source) {
            PlanReadiness copy = PlanReadiness.of(source.planId());
            for (String field :
                    List.of("version", "tenant", "agenda", "invitationsIssued", "materialsPublishedAt", "updatedAt")) {
                ReflectionTestUtils.setField(copy, field, ReflectionTestUtils.getField(source, field));
            }
            ReflectionTestUtils.setField(copy, "answers", new ArrayList<>(source.answers()));
            ReflectionTestUtils.setField(
                    copy, "checkedIn", new java.util.LinkedHashSet<>(source.checkedInInvitations()));
            ReflectionTestUtils.setField(copy, "materials", new ArrayList<>(source.materials()));
            return copy;
        }
    }
}
