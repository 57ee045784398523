package vn.gov.conference.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.gov.conference.bench.stack.BenchStack;

/**
 * documents-service, its only process, killed with SIGKILL during 100 uploads of 4 MB and started again
 * ({@link KilledUploads}). A few minutes: run by {@code ./bench.sh faults}, not by the normal build.
 */
@ExtendWith(FaultStack.class)
@Tag(FaultStack.HEAVY)
@Order(4)
class KillDuringUploadsTests {

    @Test
    void everyAcknowledgedUploadIsWholeAfterTheServiceWasKilled() {
        BenchStack stack = FaultStack.single();
        String fault = "kill -9 of documents-service during uploads";
        Verdict verdict = FaultReport.run(fault, () -> KilledUploads.run(stack, 0, 1, fault));
        assertThat(verdict.passed()).as(verdict.toText()).isTrue();
    }
}
