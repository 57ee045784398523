package vn.gov.conference.bench.stack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrometheusTests {

    private static final String PAGE = """
            # HELP jvm_memory_used_bytes The amount of used memory
            # TYPE jvm_memory_used_bytes gauge
            jvm_memory_used_bytes{area="heap",id="Eden Space"} 3145728.0
            jvm_memory_used_bytes{area="heap",id="Tenured Gen"} 4.5E7
            jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 9.0E7
            jvm_memory_used_bytes_max{area="heap",id="Tenured Gen"} 1.0
            jvm_compilation_time_ms_total{compiler="HotSpot 64-Bit Tiered Compilers"} 12345.0
            """;

    @Test
    void sumsTheSeriesOfOneMetricWithEveryLabelAsked() {
        assertThat(Prometheus.sum(PAGE, "jvm_memory_used_bytes", "area=\"heap\"", "Tenured"))
                .isEqualTo(4.5E7);
        assertThat(Prometheus.sum(PAGE, "jvm_memory_used_bytes", "area=\"heap\""))
                .isEqualTo(3145728.0 + 4.5E7);
        assertThat(Prometheus.sum(PAGE, "jvm_compilation_time_ms_total")).isEqualTo(12345.0);
    }

    @Test
    void saysMinusOneForAMetricThePageDoesNotHave() {
        assertThat(Prometheus.sum(PAGE, "jvm_gc_pause_seconds_count")).isEqualTo(-1);
    }
}
