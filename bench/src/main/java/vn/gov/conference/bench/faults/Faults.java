package vn.gov.conference.bench.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import vn.gov.conference.bench.report.Machine;
import vn.gov.conference.bench.report.Section;
import vn.gov.conference.bench.stack.BenchStack;

/**
 * The reliability runs that need the whole stack, in an order where each leaves the stack whole for the next: the
 * bad-input corpus and the poison events first, then a service killed outright, then the broker stopped.
 */
public final class Faults {

    private Faults() {
    }

    public static Section run(BenchStack stack) {
        System.out.println("\n== Faults");
        stack.unthrottleGateway();
        List<Verdict> verdicts = new ArrayList<>();
        List<Function<BenchStack, Verdict>> faults = List.of(BadInputCorpus::run, PoisonEvent::run,
                KillDuringUploads::run, KafkaOutage::run);
        for (Function<BenchStack, Verdict> fault : faults) {
            Verdict verdict;
            try {
                verdict = fault.apply(stack);
            } catch (RuntimeException e) {
                e.printStackTrace();
                verdict = new Verdict(fault.toString(), false, List.of("could not run: " + e));
            }
            System.out.print(verdict.toText());
            verdicts.add(verdict);
        }
        boolean passed = verdicts.stream().allMatch(Verdict::passed);
        System.out.println();
        verdicts.forEach(v -> System.out.println(v.headline()));
        StringBuilder markdown = new StringBuilder("### Faults (`./bench.sh faults`)\n\n").append(Machine.describe())
                .append("\n\n");
        verdicts.forEach(v -> markdown.append(v.toMarkdown()).append('\n'));
        return new Section("faults", markdown.toString(), passed);
    }
}
