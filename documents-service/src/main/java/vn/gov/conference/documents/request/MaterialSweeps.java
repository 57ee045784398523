package vn.gov.conference.documents.request;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.gov.conference.documents.content.ContentProperties;
import vn.gov.conference.documents.content.ContentStore;

/**
 * The work no request triggers: deadlines passing, a chain step left unopened by a stopped process, files whose
 * upload was never recorded. Each pass is idempotent, so several instances running it at once only race on
 * optimistic locks.
 */
@Component
class MaterialSweeps {

    private static final Logger log = LoggerFactory.getLogger(MaterialSweeps.class);

    private final MaterialRequestService requests;
    private final ContentStore store;
    private final ContentProperties content;
    private final Clock clock;

    MaterialSweeps(MaterialRequestService requests, ContentStore store, ContentProperties content, Clock clock) {
        this.requests = requests;
        this.store = store;
        this.content = content;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${documents.sweep.deadlines:PT1M}", fixedDelayString = "${documents.sweep.deadlines:PT1M}")
    void deadlinesAndChains() {
        int overdue = requests.raiseOverdue();
        int opened = requests.openStepsWhosePreviousStepIsAccepted();
        if (overdue + opened > 0) {
            log.info("Raised {} overdue material request(s), opened {} waiting step(s)", overdue, opened);
        }
    }

    @Scheduled(initialDelayString = "${documents.sweep.orphans:PT15M}", fixedDelayString = "${documents.sweep.orphans:PT15M}")
    void orphanedFiles() {
        int swept = store.sweepOrphans(clock.instant().minus(content.orphanGrace()), requests::recordedFiles);
        if (swept > 0) {
            log.info("Deleted {} stored file(s) no submission recorded", swept);
        }
    }
}
