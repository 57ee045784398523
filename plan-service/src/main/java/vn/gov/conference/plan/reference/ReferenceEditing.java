package vn.gov.conference.plan.reference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import vn.gov.conference.plan.reference.ReferenceStore.Changes;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.text.VietnameseText;
import vn.gov.conference.platform.time.VietnamTime;
import vn.gov.conference.platform.web.ConflictException;
import vn.gov.conference.platform.web.InvalidInputException;
import vn.gov.conference.platform.web.NotFoundException;

/**
 * Changes to the reference data: provinces by the platform operators, units by them or by the province's own office,
 * communes and wards imported in bulk. Each change is checked against the whole data before it is stored
 * (overlapping versions, unknown predecessors and successors, a unit outside its province's validity are refused
 * with 422 naming the field and the rule) and is in force at once. Plans already made keep the names they copied.
 */
@Service
public class ReferenceEditing {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PREFIX = Pattern.compile("[A-Z0-9]+");
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)+");

    private final ReferenceStore store;
    private final ReferenceAccess access;
    private final UnitUsage usage;
    private final Clock clock;

    ReferenceEditing(ReferenceStore store, ReferenceAccess access, UnitUsage usage, Clock clock) {
        this.store = store;
        this.access = access;
        this.usage = usage;
        this.clock = clock;
    }

    /** A province version as a client writes it; {@code fullName} defaults to "tỉnh " + name, place to the name. */
    public record ProvinceInput(
            String code,
            String name,
            String fullName,
            @Nullable String place,
            String unitPrefix,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validTo,
            @Nullable String successor,
            @Nullable List<String> predecessors,
            @Nullable String note) {}

    /** What PATCH changes in a province's latest version; an absent field stays as it is. */
    public record ProvincePatch(
            @Nullable String name,
            @Nullable String fullName,
            @Nullable String place,
            @Nullable LocalDate validTo,
            @Nullable String successor,
            @Nullable List<String> predecessors,
            @Nullable String note) {}

    /** A unit version as a client writes it; level defaults to PROVINCE. */
    public record UnitInput(
            @Nullable String code,
            String name,
            @Nullable String province,
            @Nullable AdministrativeLevel level,
            UnitKind kind,
            @Nullable String abbreviation,
            @Nullable Boolean collective,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validTo,
            @Nullable String successor,
            @Nullable String officialCode,
            @Nullable String note) {}

    /** @param lastDay the unit's last day; {@code successor} the unit taking it over, if any */
    public record UnitEnd(LocalDate lastDay, @Nullable String successor) {}

    /** One commune, ward or special zone of an import; {@code kind} is "xã", "phường" or "đặc khu". */
    public record CommuneRow(
            @Nullable String officialCode,
            String name,
            String kind,
            @Nullable LocalDate validFrom) {}

    public Province createProvince(ProvinceInput input, Caller caller) {
        access.checkCanManageProvinces(caller);
        Province province = province(input, "");
        write(data -> {
            List<Province> versions = new ArrayList<>(data.provinceVersions(province.code()));
            versions.add(province);
            return Changes.ofProvince(province.code(), versions);
        });
        return province;
    }

    /** Replaces every version of a province. */
    public List<Province> replaceProvince(String code, List<ProvinceInput> inputs, Caller caller) {
        access.checkCanManageProvinces(caller);
        if (inputs == null || inputs.isEmpty()) {
            throw new InvalidInputException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "versions",
                    "required",
                    "Give at least one version of province " + code + ".");
        }
        List<Province> versions = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Province version = province(inputs.get(i), "versions[" + i + "].");
            if (!version.code().equals(code)) {
                throw new InvalidInputException(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "versions[" + i + "].code",
                        "immutable",
                        "Every version must keep the code " + code + ".");
            }
            versions.add(version);
        }
        write(data -> {
            requireProvince(data, code);
            return Changes.ofProvince(code, versions);
        });
        return versions;
    }

    /** Changes the latest version of a province: its names, its end and successor, its predecessors. */
    public Province patchProvince(String code, ProvincePatch patch, Caller caller) {
        access.checkCanManageProvinces(caller);
        List<Province> result = new ArrayList<>();
        write(data -> {
            List<Province> versions = new ArrayList<>(requireProvince(data, code));
            Province p = versions.getLast();
            Province changed = new Province(
                    code,
                    or(clean(patch.name()), p.name()),
                    or(clean(patch.fullName()), p.fullName()),
                    or(clean(patch.place()), p.place()),
                    p.unitPrefix(),
                    p.validFrom(),
                    or(patch.validTo(), p.validTo()),
                    or(clean(patch.successor()), p.successor()),
                    or(patch.predecessors(), p.predecessors()),
                    or(clean(patch.note()), p.note()));
            versions.set(versions.size() - 1, changed);
            result.add(changed);
            return Changes.ofProvince(code, versions);
        });
        return result.getFirst();
    }

    public AdministrativeUnit createUnit(UnitInput input, Caller caller) {
        String province = clean(input.province());
        access.checkCanManageUnitsOf(province, caller);
        List<AdministrativeUnit> result = new ArrayList<>();
        write(data -> {
            AdministrativeUnit unit = unit(data, input, input.code());
            List<AdministrativeUnit> versions = new ArrayList<>(data.unitVersions(unit.code()));
            if (!versions.isEmpty() && !Objects.equals(versions.getFirst().province(), unit.province())) {
                throw new InvalidInputException(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "code",
                        "code-taken",
                        "Unit code " + unit.code() + " belongs to "
                                + versions.getFirst().province() + ".");
            }
            versions.add(unit);
            result.add(unit);
            return Changes.ofUnits(Map.of(unit.code(), versions));
        });
        return result.getFirst();
    }

    /** Replaces the version of a unit that starts on the body's {@code validFrom} (the latest when none does). */
    public AdministrativeUnit replaceUnit(String code, UnitInput input, Caller caller) {
        List<AdministrativeUnit> result = new ArrayList<>();
        write(data -> {
            List<AdministrativeUnit> versions = new ArrayList<>(requireUnit(data, code, caller));
            AdministrativeUnit unit = unit(data, input, code);
            if (!Objects.equals(unit.province(), versions.getFirst().province())) {
                throw new InvalidInputException(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "province",
                        "immutable",
                        "Unit " + code + " stays in " + versions.getFirst().province() + ".");
            }
            int at = versions.size() - 1;
            for (int i = 0; i < versions.size(); i++) {
                if (Objects.equals(versions.get(i).validFrom(), unit.validFrom())) {
                    at = i;
                }
            }
            versions.set(at, unit);
            result.add(unit);
            return Changes.ofUnits(Map.of(code, versions));
        });
        return result.getFirst();
    }

    /**
     * Ends the version of a unit in force on {@code lastDay}, naming its successor. Refused while an open plan names
     * the unit: that plan would name something that no longer exists.
     */
    public List<AdministrativeUnit> endUnit(String code, UnitEnd end, Caller caller) {
        if (end == null || end.lastDay() == null) {
            throw new InvalidInputException(
                    HttpStatus.UNPROCESSABLE_CONTENT, "lastDay", "required", "Say the unit's last day.");
        }
        List<AdministrativeUnit> result = new ArrayList<>();
        write(data -> {
            List<AdministrativeUnit> versions = new ArrayList<>(requireUnit(data, code, caller));
            int at = -1;
            for (int i = 0; i < versions.size(); i++) {
                if (versions.get(i).validOn(end.lastDay())) {
                    at = i;
                }
            }
            if (at < 0) {
                throw new InvalidInputException(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "lastDay",
                        "unit-not-valid",
                        "Unit " + code + " is not in force on " + end.lastDay() + ".");
            }
            String successor = clean(end.successor());
            if (successor != null
                    && data.unit(successor, end.lastDay().plusDays(1)).isEmpty()) {
                throw new InvalidInputException(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "successor",
                        "unknown-successor",
                        "No unit " + successor + " in force on " + end.lastDay().plusDays(1) + ".");
            }
            List<String> plans = usage.openPlansNaming(code);
            if (!plans.isEmpty()) {
                throw new ConflictException(
                        "unit-in-use",
                        "Unit " + code + " is named by open plans " + plans + "; close, cancel or amend them first.");
            }
            versions.set(at, versions.get(at).endingOn(end.lastDay(), successor));
            result.addAll(versions);
            return Changes.ofUnits(Map.of(code, versions));
        });
        return result;
    }

    /**
     * Imports a province's communes, wards and special zones, each as its People's Committee: code = the province's
     * unit prefix and the official code (or, without one, the kind's letter and the folded name), name "Ủy ban nhân
     * dân phường Mỹ Tho". A row for a code that exists replaces the version starting on the same day; importing the
     * same file twice changes nothing.
     */
    public List<AdministrativeUnit> importCommunes(String province, List<CommuneRow> rows, Caller caller) {
        access.checkCanManageUnitsOf(province, caller);
        if (rows == null || rows.isEmpty()) {
            throw new InvalidInputException(
                    HttpStatus.UNPROCESSABLE_CONTENT, "communes", "required", "The import holds no commune.");
        }
        List<AdministrativeUnit> imported = new ArrayList<>();
        write(data -> {
            List<Province> versions = data.provinceVersions(province);
            if (versions.isEmpty()) {
                throw new NotFoundException("Province " + province);
            }
            LocalDate today = VietnamTime.now(clock).toLocalDate();
            Province current = data.province(province, today).orElse(versions.getLast());
            Map<String, List<AdministrativeUnit>> changes = new LinkedHashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                AdministrativeUnit unit = commune(rows.get(i), "communes[" + i + "].", current);
                List<AdministrativeUnit> existing =
                        new ArrayList<>(changes.getOrDefault(unit.code(), data.unitVersions(unit.code())));
                existing.removeIf(u -> Objects.equals(u.validFrom(), unit.validFrom()));
                existing.add(unit);
                changes.put(unit.code(), existing);
                imported.add(unit);
            }
            return Changes.ofUnits(changes);
        });
        return imported;
    }

    private AdministrativeUnit commune(CommuneRow row, String path, Province province) {
        String name = clean(row.name());
        if (name == null) {
            throw new InvalidInputException(
                    HttpStatus.UNPROCESSABLE_CONTENT, path + "name", "required", "Each commune needs its name.");
        }
        CommuneKind kind = CommuneKind.parse(row.kind())
                .orElseThrow(() -> new InvalidInputException(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        path + "kind",
                        "unknown-commune-kind",
                        "Kind \"" + row.kind() + "\" is none of xã, phường, đặc khu."));
        String officialCode = clean(row.officialCode());
        if (officialCode != null && !officialCode.matches("[0-9]{5}")) {
            throw new InvalidInputException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    path + "officialCode",
                    "format",
                    "An official commune code has five digits.");
        }
        String local = officialCode != null
                ? officialCode
                : kind.letter() + VietnameseText.fold(name).toUpperCase().replaceAll("[^A-Z0-9]", "");
        LocalDate validFrom = row.validFrom() != null ? row.validFrom() : province.validFrom();
        return new AdministrativeUnit(
                province.unitPrefix() + "-" + local,
                "Ủy ban nhân dân " + kind.label() + " " + name,
                province.code(),
                AdministrativeLevel.COMMUNE,
                UnitKind.COMMUNE_PEOPLES_COMMITTEE,
                "UBND",
                false,
                validFrom,
                null,
                null,
                officialCode,
                null);
    }

    private Province province(ProvinceInput input, String path) {
        String code = clean(input.code());
        String name = clean(input.name());
        String prefix = clean(input.unitPrefix());
        if (code == null || !SLUG.matcher(code).matches()) {
            throw new InvalidInputException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    path + "code",
                    "slug",
                    "A province code is the ASCII slug of its name (\"ha-noi\").");
        }
        if (name == null) {
            throw new InvalidInputException(
                    HttpStatus.UNPROCESSABLE_CONTENT, path + "name", "required", "A province needs its name.");
        }
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new InvalidInputException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    path + "unitPrefix",
                    "format",
                    "The unit prefix is upper-case letters and digits (\"HN\").");
        }
        return new Province(
                code,
                name,
                or(clean(input.fullName()), "tỉnh " + name),
                or(clean(input.place()), name),
                prefix,
                input.validFrom(),
                input.validTo(),
                clean(input.successor()),
                input.predecessors() == null
                        ? List.of()
                        : input.predecessors().stream()
                                .map(VietnameseText::nfcOrNull)
                                .toList(),
                clean(input.note()));
    }

    private static AdministrativeUnit unit(ReferenceData data, UnitInput input, String code) {
        String cleanCode = clean(code);
        if (cleanCode == null || !UNIT_CODE.matcher(cleanCode).matches()) {
            throw new InvalidInputException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "code",
                    "format",
                    "A unit code is upper-case words joined by '-' (\"DT-STC\").");
        }
        String province = clean(input.province());
        if (province != null) {
            List<Province> versions = data.provinceVersions(province);
            if (versions.isEmpty()) {
                throw new InvalidInputException(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "province",
                        "unknown-province",
                        "No province " + province + ".");
            }
            String prefix = versions.getLast().unitPrefix() + "-";
            if (!cleanCode.startsWith(prefix)) {
                throw new InvalidInputException(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "code",
                        "unit-code-prefix",
                        "A unit of " + province + " has a code starting with " + prefix + ".");
            }
        }
        return new AdministrativeUnit(
                cleanCode,
                clean(input.name()),
                province,
                input.level() == null ? AdministrativeLevel.PROVINCE : input.level(),
                input.kind(),
                clean(input.abbreviation()),
                Boolean.TRUE.equals(input.collective()),
                input.validFrom(),
                input.validTo(),
                clean(input.successor()),
                clean(input.officialCode()),
                clean(input.note()));
    }

    private static List<Province> requireProvince(ReferenceData data, String code) {
        List<Province> versions = data.provinceVersions(code);
        if (versions.isEmpty()) {
            throw new NotFoundException("Province " + code);
        }
        return versions;
    }

    private List<AdministrativeUnit> requireUnit(ReferenceData data, String code, Caller caller) {
        List<AdministrativeUnit> versions = data.unitVersions(code);
        if (versions.isEmpty()) {
            throw new NotFoundException("Unit " + code);
        }
        access.checkCanManageUnitsOf(versions.getFirst().province(), caller);
        return versions;
    }

    /** Stores the change; a rule it breaks is the client's mistake (422), named by its field. */
    private void write(Function<ReferenceData, Changes> change) {
        try {
            store.write(change);
        } catch (InconsistentReferenceException e) {
            ReferenceProblem problem = e.problems().getFirst();
            throw new InvalidInputException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    problem.field(),
                    problem.rule(),
                    e.getMessage().replace("Reference data is inconsistent: ", ""));
        }
    }

    private static String clean(String text) {
        return VietnameseText.nfcOrNull(text == null ? null : text.strip());
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }
}
