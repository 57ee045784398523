package vn.gov.conference.plan.reference;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.conference.platform.web.NotFoundException;

/** {@code /api/reference}: provinces, units and indices as the data files define them, read-only. */
@RestController
@RequestMapping("/api/reference")
@Tag(name = "Reference data", description = "Provinces, administrative units and governance indices, with validity")
class ReferenceController {

    private final ReferenceData reference;

    ReferenceController(ReferenceData reference) {
        this.reference = reference;
    }

    @GetMapping("/provinces")
    @Operation(summary = "Provinces; with 'on', only the versions valid that day")
    List<Province> provinces(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                             LocalDate on) {
        return on == null ? reference.provinces() : reference.provincesOn(on);
    }

    @GetMapping("/units")
    @Operation(summary = "Units of a province (or all), valid on a day when 'on' is given, of a kind when given")
    List<AdministrativeUnit> units(@RequestParam(required = false) String province,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                   LocalDate on,
                                   @RequestParam(required = false) UnitKind kind) {
        return reference.units(province, on).stream().filter(u -> kind == null || u.kind() == kind).toList();
    }

    @GetMapping("/units/{code}")
    @Operation(summary = "Every version of one unit")
    List<AdministrativeUnit> unit(@PathVariable String code) {
        List<AdministrativeUnit> versions = reference.unitVersions(code);
        if (versions.isEmpty()) {
            throw new NotFoundException("Unit " + code);
        }
        return versions;
    }

    @GetMapping("/indices")
    @Operation(summary = "The governance indices and the kind of department leading each")
    List<GovernanceIndex> indices() {
        return reference.indices();
    }

    @GetMapping("/indices/{code}/lead")
    @Operation(summary = "The department leading an index in a province on a day")
    AdministrativeUnit lead(@PathVariable String code, @RequestParam String province,
                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return reference.lead(code, province, on).orElseThrow(() -> new NotFoundException("A lead unit for " + code
                + " in " + province + " on " + on));
    }
}
