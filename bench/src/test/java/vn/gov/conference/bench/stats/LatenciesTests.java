package vn.gov.conference.bench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatenciesTests {

    @Test
    void takesPercentilesByNearestRankSoEveryFigureWasObserved() {
        List<Long> millis = new ArrayList<>();
        for (long i = 1; i <= 100; i++) {
            millis.add(i);
        }
        Collections.shuffle(millis);

        Latencies latencies = Latencies.ofMillis(millis);

        assertThat(latencies.count()).isEqualTo(100);
        assertThat(latencies.p50Millis()).isEqualTo(50.0);
        assertThat(latencies.p99Millis()).isEqualTo(99.0);
        assertThat(latencies.maxMillis()).isEqualTo(100.0);
        assertThat(latencies.meanMillis()).isEqualTo(50.5);
    }

    @Test
    void roundsTheRankUpForSmallSamples() {
        Latencies latencies = Latencies.ofNanos(3_000_000, 1_000_000, 2_000_000);

        assertThat(latencies.p50Millis()).isEqualTo(2.0);
        assertThat(latencies.p99Millis()).isEqualTo(3.0);
        assertThat(latencies.percentileMillis(1)).isEqualTo(1.0);
    }

    @Test
    void keepsSubMillisecondPrecision() {
        assertThat(Latencies.ofNanos(1_250_000).p50Millis()).isEqualTo(1.25);
    }

    @Test
    void refusesPercentilesOutsideTheRangeAndEmptySamples() {
        Latencies one = Latencies.ofNanos(5);

        assertThatThrownBy(() -> one.percentileNanos(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> one.percentileNanos(100.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Latencies.ofNanos().p50Millis())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("No samples");
    }

    @Test
    void doesNotChangeWithTheCallersArray() {
        long[] nanos = {5, 1, 9};
        Latencies latencies = Latencies.ofNanos(nanos);
        nanos[0] = 1_000;

        assertThat(latencies.maxMillis()).isEqualTo(9 / 1e6);
    }

    @Test
    void givesThroughputPerSecondAndInMegabytes() {
        Throughput uploads = new Throughput(50_000_000, Duration.ofSeconds(2));

        assertThat(uploads.perSecond()).isEqualTo(25_000_000.0);
        assertThat(uploads.megabytesPerSecond()).isEqualTo(25.0);
        assertThat(new Throughput(10, Duration.ZERO).perSecond()).isNaN();
        assertThatThrownBy(() -> new Throughput(-1, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsRatiosToTheirBaseline() {
        assertThat(Ratio.of(270, 540)).isEqualTo(0.5);
        assertThat(Ratio.format(Ratio.of(270, 540))).isEqualTo("0.50×");
        assertThat(Ratio.format(Ratio.of(7120, 10))).isEqualTo("712×");
        assertThat(Ratio.of(1, 0)).isNaN();
        assertThat(Ratio.format(Ratio.of(1, 0))).isEqualTo("–");
    }
}
