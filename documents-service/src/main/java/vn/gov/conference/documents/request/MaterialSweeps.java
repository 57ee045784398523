package vn.gov.conference.documents.request;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.gov.conference.documents.content.ContentProperties;
import vn.gov.conference.documents.content.ContentStore;
import vn.gov.conference.platform.cluster.SweepLock;

/**
 * The work no request triggers: deadlines passing, a chain step left unopened by a stopped process, files whose
 * upload was never recorded. With several replicas each sweep runs on one of them per period ({@link SweepLock});
 * each pass is idempotent besides (an overdue request is flagged when it is raised), so an overlap, should a sweep
 * outlive its lease, only races on optimistic locks.
 */
@Component
class MaterialSweeps {

    private static final Logger log = LoggerFactory.getLogger(MaterialSweeps.class);

    private final MaterialRequestService requests;
    private final ContentStore store;
    private final ContentProperties content;
    private final Clock clock;
    private final SweepLock sweeps;
    private final Duration deadlinesEvery;
    private final Duration orphansEvery;

    MaterialSweeps(
            MaterialRequestService requests,
            ContentStore store,
            ContentProperties content,
            Clock clock,
            SweepLock sweeps,
            @Value("${documents.sweep.deadlines:PT1M}") Duration deadlinesEvery,
            @Value("${documents.sweep.orphans:PT15M}") Duration orphansEvery) {
        this.requests = requests;
        this.store = store;
        this.content = content;
        this.clock = clock;
        this.sweeps = sweeps;
        this.deadlinesEvery = deadlinesEvery;
        this.orphansEvery = orphansEvery;
    }

    @Scheduled(
            initialDelayString = "${documents.sweep.deadlines:PT1M}",
            fixedDelayString = "${documents.sweep.deadlines:PT1M}")
    void deadlinesAndChains() {
        sweeps.runOnce("documents.deadlines", deadlinesEvery, () -> {
            int overdue = requests.raiseOverdue();
            int opened = requests.openStepsWhosePreviousStepIsAccepted();
            if (overdue + opened > 0) {
                log.info("Raised {} overdue material request(s), opened {} waiting step(s)", overdue, opened);
            }
        });
    }

    @Scheduled(
            initialDelayString = "${documents.sweep.orphans:PT15M}",
            fixedDelayString = "${documents.sweep.orphans:PT15M}")
    void orphanedFiles() {
        sweeps.runOnce("documents.orphaned-files", orphansEvery, () -> {
            int swept = store.sweepOrphans(clock.instant().minus(content.orphanGrace()), requests::recordedFiles);
            if (swept > 0) {
                log.info("Deleted {} stored file(s) no submission recorded", swept);
            }
        });
    }
}
