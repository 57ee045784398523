package vn.gov.conference.plan.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a fresh store starts from: {@code provinces.json}, {@code bodies.json} (the standard bodies, expanded for
 * every province over its validity), {@code units.json} (units named explicitly; they replace a generated unit of the
 * same code) and {@code indices.json}. Read once, when the store is empty; afterwards the store is the truth.
 */
public final class ReferenceSeed {

    record ProvincesFile(List<Province> provinces) {}

    record BodiesFile(List<BodyTemplate> bodies) {}

    record UnitsFile(List<AdministrativeUnit> units) {}

    record IndicesFile(List<GovernanceIndex> indices) {}

    private ReferenceSeed() {}

    /** The files shipped with the service. */
    public static ReferenceData fromClasspath() {
        return load(name -> ReferenceSeed.class.getClassLoader().getResourceAsStream("reference/" + name));
    }

    /** Reads the four files from wherever {@code files} opens them (null: missing) and checks the result. */
    public static ReferenceData load(Function<String, InputStream> files) {
        JsonMapper mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        List<Province> provinces =
                read(mapper, files, "provinces.json", ProvincesFile.class).provinces();
        List<BodyTemplate> bodies =
                read(mapper, files, "bodies.json", BodiesFile.class).bodies();
        List<AdministrativeUnit> explicit =
                read(mapper, files, "units.json", UnitsFile.class).units();
        Set<String> explicitCodes =
                explicit.stream().map(AdministrativeUnit::code).collect(Collectors.toSet());
        List<AdministrativeUnit> units = new ArrayList<>(explicit);
        expand(provinces, bodies).stream()
                .filter(u -> !explicitCodes.contains(u.code()))
                .forEach(units::add);
        return new ReferenceData(
                provinces,
                units,
                read(mapper, files, "indices.json", IndicesFile.class).indices());
    }

    /**
     * Every template for every province, within both validities. A body that ends before its province names the
     * template's successor in the same province; one that ends with its province is handed on to the same body of
     * the province's successor, when that exists the next day.
     */
    static List<AdministrativeUnit> expand(List<Province> provinces, List<BodyTemplate> bodies) {
        Map<String, List<Province>> byCode = provinces.stream().collect(Collectors.groupingBy(Province::code));
        Map<String, AdministrativeUnit> generated = new HashMap<>();
        List<AdministrativeUnit> units = new ArrayList<>();
        byCode.forEach((code, versions) -> {
            versions.sort(Comparator.comparing(Province::validFrom, Comparator.nullsFirst(Comparator.naturalOrder())));
            Province latest = versions.getLast();
            LocalDate from = versions.getFirst().validFrom();
            LocalDate to = latest.validTo();
            for (BodyTemplate body : bodies) {
                LocalDate start = later(from, body.validFrom());
                LocalDate end = earlier(to, body.validTo());
                if (start != null && end != null && end.isBefore(start)) {
                    continue;
                }
                boolean endsWithTemplate =
                        body.validTo() != null && (to == null || !body.validTo().isAfter(to));
                String successor = endsWithTemplate
                        ? (body.successor() == null ? null : latest.unitPrefix() + "-" + body.successor())
                        : end == null || latest.successor() == null
                                ? null
                                : successorPrefix(byCode, latest) + "-" + body.suffix();
                AdministrativeUnit unit = new AdministrativeUnit(
                        latest.unitPrefix() + "-" + body.suffix(),
                        body.name() + " " + latest.fullName(),
                        code,
                        body.level(),
                        body.kind(),
                        body.abbreviation(),
                        body.collective(),
                        start,
                        end,
                        successor,
                        null,
                        body.note());
                units.add(unit);
                generated.put(unit.code(), unit);
            }
        });
        // a successor must exist the day after: the district level, for one, is handed on to nobody
        return units.stream()
                .map(u -> u.successor() == null
                                || u.validTo() == null
                                || (generated.containsKey(u.successor())
                                        && generated
                                                .get(u.successor())
                                                .validOn(u.validTo().plusDays(1)))
                        ? u
                        : u.endingOn(u.validTo(), null))
                .toList();
    }

    private static String successorPrefix(Map<String, List<Province>> byCode, Province ended) {
        List<Province> successor = byCode.get(ended.successor());
        return successor == null ? ended.unitPrefix() : successor.getLast().unitPrefix();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static <T> T read(JsonMapper mapper, Function<String, InputStream> files, String name, Class<T> type) {
        try (InputStream in = files.apply(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference data file " + name);
            }
            return mapper.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
