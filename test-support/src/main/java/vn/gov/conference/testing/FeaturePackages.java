package vn.gov.conference.testing;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A service's feature packages and the dependencies between them, read from its compiled main classes with
 * ArchUnit: the feature of a class is the first package below the service's base package ({@code invitation} for
 * {@code …notification.invitation.web.X}); classes in the base package itself are the feature {@code (root)}.
 * A module test asserts that no dependency between two features lies on a cycle, or, where cycles remain, that they
 * are exactly the listed ones.
 */
public final class FeaturePackages {

    public static final String ROOT = "(root)";

    private final Map<String, Set<String>> dependencies;

    private FeaturePackages(Map<String, Set<String>> dependencies) {
        this.dependencies = dependencies;
    }

    /** The main classes (not tests, not jars) under {@code basePackage}. */
    public static FeaturePackages of(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(basePackage);
        Map<String, Set<String>> dependencies = new TreeMap<>();
        for (JavaClass origin : classes) {
            String from = feature(basePackage, origin.getPackageName());
            if (from == null) {
                continue;
            }
            dependencies.computeIfAbsent(from, f -> new TreeSet<>());
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                String to = feature(
                        basePackage,
                        dependency.getTargetClass().getBaseComponentType().getPackageName());
                if (to != null && !to.equals(from)) {
                    dependencies.get(from).add(to);
                }
            }
        }
        if (dependencies.isEmpty()) {
            throw new IllegalStateException("No classes found under " + basePackage);
        }
        return new FeaturePackages(dependencies);
    }

    /** The features found, each with the features it uses. */
    public Map<String, Set<String>> dependencies() {
        return dependencies;
    }

    /**
     * Every dependency "a -> b" that lies on a cycle: a and b are in the same strongly connected component of the
     * feature graph. Empty when the features form a directed acyclic graph.
     */
    public Set<String> cycleEdges() {
        Map<String, Integer> component = components();
        Set<String> edges = new TreeSet<>();
        dependencies.forEach((from, targets) -> targets.forEach(to -> {
            if (component.get(from).equals(component.get(to))) {
                edges.add(from + " -> " + to);
            }
        }));
        return edges;
    }

    private static String feature(String basePackage, String packageName) {
        if (packageName.equals(basePackage)) {
            return ROOT;
        }
        if (!packageName.startsWith(basePackage + ".")) {
            return null;
        }
        String rest = packageName.substring(basePackage.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** Tarjan's strongly connected components; each feature mapped to its component's number. */
    private Map<String, Integer> components() {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Map<String, Integer> component = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new java.util.HashSet<>();
        int[] counter = {0, 0};
        for (String feature : dependencies.keySet()) {
            if (!index.containsKey(feature)) {
                connect(feature, index, low, component, stack, onStack, counter);
            }
        }
        return component;
    }

    private void connect(
            String v,
            Map<String, Integer> index,
            Map<String, Integer> low,
            Map<String, Integer> component,
            Deque<String> stack,
            Set<String> onStack,
            int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]);
        counter[0]++;
        stack.push(v);
        onStack.add(v);
        for (String w : dependencies.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, index, low, component, stack, onStack, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.put(w, counter[1]);
            } while (!w.equals(v));
            counter[1]++;
        }
    }
}
