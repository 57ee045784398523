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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import vn.gov.conference.plan.text.Texts;

/**
 * Provinces, administrative units and governance indices, read from data files (never constants in code) and
 * checked when loaded: versions of one code never overlap and every reference points at something that exists.
 * Every lookup of a unit or a province names the day it is read at, because provinces merge and levels change.
 */
public final class ReferenceData {

    private final List<Province> provinces;
    private final List<AdministrativeUnit> units;
    private final List<GovernanceIndex> indices;
    private final Map<String, GovernanceIndex> indexByName = new HashMap<>();

    record ProvincesFile(String description, List<Province> provinces) {
    }

    record UnitsFile(String description, List<AdministrativeUnit> units) {
    }

    record IndicesFile(String description, List<GovernanceIndex> indices) {
    }

    public ReferenceData(List<Province> provinces, List<AdministrativeUnit> units, List<GovernanceIndex> indices) {
        this.provinces = List.copyOf(provinces);
        this.units = List.copyOf(units);
        this.indices = List.copyOf(indices);
        List<String> problems = new ArrayList<>();
        checkVersions(this.provinces, Province::code, "province", problems);
        checkVersions(this.units, AdministrativeUnit::code, "unit", problems);
        Set<String> provinceCodes = this.provinces.stream().map(Province::code).collect(Collectors.toSet());
        Set<String> unitCodes = this.units.stream().map(AdministrativeUnit::code).collect(Collectors.toSet());
        for (Province province : this.provinces) {
            if (province.successor() != null && !provinceCodes.contains(province.successor())) {
                problems.add("province " + province.code() + " names an unknown successor " + province.successor());
            }
            province.predecessors().stream().filter(p -> !provinceCodes.contains(p))
                    .forEach(p -> problems.add("province " + province.code() + " names an unknown predecessor " + p));
        }
        for (AdministrativeUnit unit : this.units) {
            if (unit.name() == null || unit.level() == null || unit.kind() == null) {
                problems.add("unit " + unit.code() + " needs a name, a level and a kind");
            }
            if (unit.province() == null ? unit.level() != AdministrativeLevel.CENTRAL
                    : !provinceCodes.contains(unit.province())) {
                problems.add("unit " + unit.code() + " belongs to no known province");
            }
            if (unit.successor() != null && !unitCodes.contains(unit.successor())) {
                problems.add("unit " + unit.code() + " names an unknown successor " + unit.successor());
            }
        }
        for (GovernanceIndex index : this.indices) {
            if (index.leadKind() == null) {
                problems.add("index " + index.code() + " names no lead department kind");
            }
            List<String> names = new ArrayList<>(index.aliases());
            names.add(index.code());
            names.add(index.name());
            for (String name : names) {
                GovernanceIndex previous = indexByName.putIfAbsent(Texts.fold(name), index);
                if (previous != null && previous != index) {
                    problems.add("index name " + name + " is used by " + previous.code() + " and " + index.code());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Reference data is inconsistent: " + String.join("; ", problems));
        }
    }

    /** The data files shipped with the service. */
    public static ReferenceData fromClasspath() {
        return load(name -> ReferenceData.class.getClassLoader().getResourceAsStream("reference/" + name));
    }

    /**
     * Reads provinces.json, units.json and indices.json from wherever {@code files} opens them (null: missing).
     */
    public static ReferenceData load(Function<String, InputStream> files) {
        JsonMapper mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        return new ReferenceData(read(mapper, files, "provinces.json", ProvincesFile.class).provinces(),
                read(mapper, files, "units.json", UnitsFile.class).units(),
                read(mapper, files, "indices.json", IndicesFile.class).indices());
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

    private static <T extends Validity> void checkVersions(List<T> items, java.util.function.Function<T, String> code,
                                                           String what, List<String> problems) {
        Map<String, List<T>> byCode = items.stream().collect(Collectors.groupingBy(code));
        byCode.forEach((c, versions) -> {
            for (int i = 0; i < versions.size(); i++) {
                T version = versions.get(i);
                if (version.validFrom() != null && version.validTo() != null
                        && version.validTo().isBefore(version.validFrom())) {
                    problems.add(what + " " + c + " ends before it starts");
                }
                for (int j = i + 1; j < versions.size(); j++) {
                    if (version.overlaps(versions.get(j))) {
                        problems.add(what + " " + c + " has overlapping versions");
                    }
                }
            }
        });
    }

    public List<Province> provinces() {
        return provinces;
    }

    public List<Province> provincesOn(LocalDate day) {
        return provinces.stream().filter(p -> p.validOn(day)).toList();
    }

    public Optional<Province> province(String code, LocalDate day) {
        return provinces.stream().filter(p -> p.code().equals(code) && p.validOn(day)).findFirst();
    }

    public boolean knowsProvince(String code) {
        return provinces.stream().anyMatch(p -> p.code().equals(code));
    }

    public List<AdministrativeUnit> units() {
        return units;
    }

    /** The units of a province (null: every province and the central level) valid on {@code day}. */
    public List<AdministrativeUnit> units(String province, LocalDate day) {
        return units.stream()
                .filter(u -> province == null || province.equals(u.province()))
                .filter(u -> day == null || u.validOn(day))
                .sorted(Comparator.comparing(AdministrativeUnit::code)).toList();
    }

    public Optional<AdministrativeUnit> unit(String code, LocalDate day) {
        return units.stream().filter(u -> u.code().equals(code) && u.validOn(day)).findFirst();
    }

    public List<AdministrativeUnit> unitVersions(String code) {
        return units.stream().filter(u -> u.code().equals(code)).toList();
    }

    /** The (non-collective) unit of {@code kind} in the province on {@code day}, when there is exactly one. */
    public Optional<AdministrativeUnit> unitOfKind(String province, UnitKind kind, LocalDate day) {
        List<AdministrativeUnit> matches = units(province, day).stream()
                .filter(u -> u.kind() == kind && !u.collective()).toList();
        return matches.size() == 1 ? Optional.of(matches.getFirst()) : Optional.empty();
    }

    public List<GovernanceIndex> indices() {
        return indices;
    }

    /** An index by its code, its name or an alias, ignoring case and diacritics ("chi so papi" finds PAPI). */
    public Optional<GovernanceIndex> index(String codeOrAlias) {
        return Optional.ofNullable(indexByName.get(Texts.fold(codeOrAlias)));
    }

    /** The department leading {@code index} in the province on {@code day}. */
    public Optional<AdministrativeUnit> lead(String index, String province, LocalDate day) {
        return index(index).flatMap(i -> unitOfKind(province, i.leadKind(), day));
    }

    /**
     * Whether a plan of {@code province} dated {@code day} may name unit {@code code}: it must exist, be valid on
     * that day and belong to the province or to the central level. A null day checks existence and province only.
     */
    public UnitCheck check(String code, String province, LocalDate day) {
        List<AdministrativeUnit> versions = unitVersions(code);
        if (versions.isEmpty()) {
            return UnitCheck.refused("unknown-unit", "No unit " + code + " in the reference data.");
        }
        Optional<AdministrativeUnit> valid = day == null ? Optional.of(versions.getLast())
                : versions.stream().filter(u -> u.validOn(day)).findFirst();
        if (valid.isEmpty()) {
            String validity = versions.stream().map(u -> (u.validFrom() == null ? "…" : u.validFrom().toString())
                    + " – " + (u.validTo() == null ? "…" : u.validTo().toString())).collect(Collectors.joining(", "));
            return UnitCheck.refused("unit-not-valid", "Unit " + code + " did not exist on " + day + " (valid "
                    + validity + ").");
        }
        AdministrativeUnit unit = valid.get();
        if (unit.province() != null && !Objects.equals(unit.province(), province)) {
            return UnitCheck.refused("unit-of-another-province", "Unit " + code + " belongs to " + unit.province()
                    + ", not to " + province + ".");
        }
        return new UnitCheck(unit, null, null);
    }

    /** The outcome of {@link #check}: the unit, or the rule it breaks and why. */
    public record UnitCheck(AdministrativeUnit unit, String rule, String message) {

        static UnitCheck refused(String rule, String message) {
            return new UnitCheck(null, rule, message);
        }

        public boolean ok() {
            return unit != null;
        }
    }
}
