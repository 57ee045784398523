package vn.gov.conference.bench.stats;

/** A measured figure against its baseline from the same run, as the tables print it ("0.62×"). */
public final class Ratio {

    private Ratio() {}

    /** {@code measured / baseline}; NaN when the baseline is zero or either is not a number. */
    public static double of(double measured, double baseline) {
        if (baseline == 0 || Double.isNaN(baseline) || Double.isNaN(measured)) {
            return Double.NaN;
        }
        return measured / baseline;
    }

    public static String format(double ratio) {
        if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
            return "–";
        }
        return ratio >= 10 ? String.format("%.0f×", ratio) : String.format("%.2f×", ratio);
    }
}
