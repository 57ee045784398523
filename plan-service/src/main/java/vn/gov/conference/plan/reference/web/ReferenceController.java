package vn.gov.conference.plan.reference.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.conference.plan.reference.AdministrativeUnit;
import vn.gov.conference.plan.reference.GovernanceIndex;
import vn.gov.conference.plan.reference.Province;
import vn.gov.conference.plan.reference.ReferenceData;
import vn.gov.conference.plan.reference.ReferenceEditing;
import vn.gov.conference.plan.reference.ReferenceEditing.CommuneRow;
import vn.gov.conference.plan.reference.ReferenceEditing.ProvinceInput;
import vn.gov.conference.plan.reference.ReferenceEditing.ProvincePatch;
import vn.gov.conference.plan.reference.ReferenceEditing.UnitEnd;
import vn.gov.conference.plan.reference.ReferenceEditing.UnitInput;
import vn.gov.conference.plan.reference.ReferenceStore;
import vn.gov.conference.plan.reference.UnitKind;
import vn.gov.conference.platform.paging.Page;
import vn.gov.conference.platform.paging.Paging;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.text.VietnameseText;
import vn.gov.conference.platform.time.VietnamTime;
import vn.gov.conference.platform.web.NotFoundException;

/**
 * {@code /api/reference}: provinces, units and indices as the store holds them now. Everyone reads; the platform
 * operators change provinces and any unit, an office its own province's units (see {@code ReferenceAccess}).
 */
@RestController
@RequestMapping("/api/reference")
@Tag(name = "Reference data", description = "Provinces, administrative units and governance indices, with validity")
class ReferenceController {

    private final ReferenceStore store;
    private final ReferenceEditing editing;
    private final CommuneFiles communeFiles;
    private final Clock clock;

    ReferenceController(ReferenceStore store, ReferenceEditing editing, CommuneFiles communeFiles, Clock clock) {
        this.store = store;
        this.editing = editing;
        this.communeFiles = communeFiles;
        this.clock = clock;
    }

    /** An index as it stands on the day asked for, with all its versions. */
    @Schema(name = "ReferenceIndexView") // PlanView has an IndexView too: one name, two schemas
    record IndexView(
            String code,
            String name,
            @Nullable String fullName,
            List<String> aliases,
            @Nullable String publisher,
            @Nullable UnitKind leadKind,
            List<GovernanceIndex.Version> versions) {

        static IndexView of(GovernanceIndex index, LocalDate on) {
            GovernanceIndex.Version version = index.on(on).orElse(null);
            return new IndexView(
                    index.code(),
                    index.name(),
                    index.fullName(),
                    index.aliases(),
                    version == null ? null : version.publisher(),
                    version == null ? null : version.leadKind(),
                    index.versions());
        }
    }

    record ProvinceVersions(List<ProvinceInput> versions) {}

    record CommuneImport(String province, int imported, List<AdministrativeUnit> units) {}

    @GetMapping("/provinces")
    @Operation(summary = "The provinces in force on a day (default today), with predecessors and successor")
    List<Province> provinces(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return store.current().provincesOn(dayOr(on));
    }

    @GetMapping("/provinces/{code}")
    @Operation(summary = "Every version of one province")
    List<Province> province(@PathVariable String code) {
        List<Province> versions = store.current().provinceVersions(code);
        if (versions.isEmpty()) {
            throw new NotFoundException("Province " + code);
        }
        return versions;
    }

    @PostMapping("/provinces")
    @Operation(summary = "Add a province or a new version of one (ADMIN)")
    @ApiResponse(responseCode = "201", description = "Added: Location names the province", useReturnTypeSchema = true)
    ResponseEntity<Province> createProvince(@RequestBody ProvinceInput body, Caller caller) {
        Province created = editing.createProvince(body, caller);
        return ResponseEntity.created(URI.create("/api/reference/provinces/" + created.code()))
                .body(created);
    }

    @PutMapping("/provinces/{code}")
    @Operation(summary = "Replace every version of a province (ADMIN)")
    List<Province> replaceProvince(@PathVariable String code, @RequestBody ProvinceVersions body, Caller caller) {
        return editing.replaceProvince(code, body.versions(), caller);
    }

    @PatchMapping("/provinces/{code}")
    @Operation(summary = "Change a province's latest version: names, end and successor, predecessors (ADMIN)")
    Province patchProvince(@PathVariable String code, @RequestBody ProvincePatch body, Caller caller) {
        return editing.patchProvince(code, body, caller);
    }

    @PostMapping(path = "/provinces/{code}/communes", consumes = "text/csv")
    @Operation(
            summary = "Import communes, wards and special zones from CSV: officialCode,name,kind,validFrom "
                    + "(ADMIN, or the province's OFFICE)")
    CommuneImport importCommunesCsv(@PathVariable String code, @RequestBody String csv, Caller caller) {
        return imported(code, editing.importCommunes(code, communeFiles.csv(csv), caller));
    }

    @PostMapping(path = "/provinces/{code}/communes", consumes = "application/json")
    @Operation(
            summary = "Import communes, wards and special zones: [{officialCode?, name, kind, validFrom?}] "
                    + "(ADMIN, or the province's OFFICE)")
    CommuneImport importCommunesJson(@PathVariable String code, @RequestBody List<CommuneRow> rows, Caller caller) {
        return imported(code, editing.importCommunes(code, rows, caller));
    }

    private static CommuneImport imported(String province, List<AdministrativeUnit> units) {
        return new CommuneImport(province, units.size(), units);
    }

    @GetMapping("/units")
    @Operation(
            summary = "Units in force on a day (default today), of a province and a kind when given, matching "
                    + "the words of q (diacritics optional), a page at a time")
    Page<AdministrativeUnit> units(
            @RequestParam(required = false) String province,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) UnitKind kind,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE_TEXT) int size) {
        Paging paging = Paging.of(page, size);
        List<String> words = q == null
                ? List.of()
                : List.of(VietnameseText.fold(q).split(" ")).stream()
                        .filter(w -> !w.isEmpty())
                        .toList();
        List<AdministrativeUnit> matching = store.current().units(province, dayOr(on)).stream()
                .filter(u -> kind == null || u.kind() == kind)
                .filter(u -> words.stream()
                        .allMatch(w ->
                                VietnameseText.fold(u.code() + " " + u.name()).contains(w)))
                .sorted(Comparator.comparing(AdministrativeUnit::code))
                .toList();
        return Page.of(matching, paging);
    }

    @GetMapping("/units/{code}")
    @Operation(summary = "Every version of one unit")
    List<AdministrativeUnit> unit(@PathVariable String code) {
        List<AdministrativeUnit> versions = store.current().unitVersions(code);
        if (versions.isEmpty()) {
            throw new NotFoundException("Unit " + code);
        }
        return versions;
    }

    @PostMapping("/units")
    @Operation(summary = "Add a unit or a new version of one (ADMIN, or the province's OFFICE)")
    @ApiResponse(responseCode = "201", description = "Added: Location names the unit", useReturnTypeSchema = true)
    ResponseEntity<AdministrativeUnit> createUnit(@RequestBody UnitInput body, Caller caller) {
        AdministrativeUnit created = editing.createUnit(body, caller);
        return ResponseEntity.created(URI.create("/api/reference/units/" + created.code()))
                .body(created);
    }

    @PutMapping("/units/{code}")
    @Operation(
            summary = "Replace the version starting on the body's validFrom, else the latest (ADMIN, or the "
                    + "province's OFFICE)")
    AdministrativeUnit replaceUnit(@PathVariable String code, @RequestBody UnitInput body, Caller caller) {
        return editing.replaceUnit(code, body, caller);
    }

    @PostMapping("/units/{code}/end")
    @Operation(summary = "End a unit on its last day, naming its successor; refused while an open plan names it")
    List<AdministrativeUnit> endUnit(@PathVariable String code, @RequestBody UnitEnd body, Caller caller) {
        return editing.endUnit(code, body, caller);
    }

    @GetMapping("/indices")
    @Operation(
            summary = "The governance indices with their publisher and lead department kind on a day (default "
                    + "today)")
    List<IndexView> indices(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        LocalDate day = dayOr(on);
        return store.current().indices().stream().map(i -> IndexView.of(i, day)).toList();
    }

    @GetMapping("/indices/{code}/lead")
    @Operation(summary = "The department leading an index in a province on a day")
    AdministrativeUnit lead(
            @PathVariable String code,
            @RequestParam String province,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        ReferenceData data = store.current();
        return data.lead(code, province, on)
                .orElseThrow(() -> new NotFoundException("A lead unit for " + code + " in " + province + " on " + on));
    }

    private LocalDate dayOr(LocalDate on) {
        return on != null ? on : VietnamTime.now(clock).toLocalDate();
    }
}
