package vn.gov.conference.plan.reference;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceDataTests {

    private static final ReferenceData DATA = ReferenceData.fromClasspath();
    private static final LocalDate BEFORE_MERGER = LocalDate.of(2025, 6, 30);
    private static final LocalDate AFTER_MERGER = LocalDate.of(2025, 7, 1);

    @Test
    void loadsTheSharedUnitCodesWithTheirNames() {
        LocalDate on = LocalDate.of(2024, 7, 18);

        assertThat(List.of("TG-UBND", "TG-VPUBND", "TG-SNV", "TG-SKHDT", "TG-STTTT", "TG-TTT", "TG-MTTQ",
                "TG-MYTHO", "TG-GOCONG", "TG-CAILAY", "DT-UBND", "DT-VPUBND", "DT-SNV", "DT-SKHDT", "DT-STTTT",
                "DT-MTTQ", "DT-CHAUTHANH", "DT-HONGNGU", "DT-SADEC", "DT-TAMNONG", "DT-CAOLANH", "BNV"))
                .allSatisfy(code -> assertThat(DATA.unit(code, on)).as(code).isPresent());
        assertThat(DATA.unit("TG-UBND", on).orElseThrow().name()).isEqualTo("Ủy ban nhân dân tỉnh Tiền Giang");
        assertThat(DATA.unit("DT-CAOLANH", on).orElseThrow().name()).isEqualTo("UBND thành phố Cao Lãnh");
        assertThat(DATA.unit("BNV", on).orElseThrow().province()).isNull();
    }

    @Test
    void endsTienGiangAtTheMergerAndKeepsDongThapAsOneTenantWithTwoVersions() {
        assertThat(DATA.province("tien-giang", BEFORE_MERGER)).isPresent();
        assertThat(DATA.province("tien-giang", AFTER_MERGER)).isEmpty();
        Province before = DATA.province("dong-thap", BEFORE_MERGER).orElseThrow();
        Province after = DATA.province("dong-thap", AFTER_MERGER).orElseThrow();

        assertThat(before).isNotEqualTo(after);
        assertThat(after.predecessors()).containsExactlyInAnyOrder("tien-giang", "dong-thap");
        assertThat(DATA.provincesOn(AFTER_MERGER)).extracting(Province::code).containsExactly("dong-thap");
    }

    @Test
    void abolishesTheDistrictLevelOnTheFirstOfJuly2025() {
        assertThat(DATA.units("dong-thap", BEFORE_MERGER)).extracting(AdministrativeUnit::code)
                .contains("DT-CAOLANH", "DT-SADEC");
        assertThat(DATA.units("dong-thap", AFTER_MERGER))
                .noneMatch(u -> u.level() == AdministrativeLevel.DISTRICT);
        assertThat(DATA.units("tien-giang", AFTER_MERGER)).isEmpty();
        assertThat(DATA.unitVersions("TG-UBND")).singleElement()
                .satisfies(u -> assertThat(u.successor()).isEqualTo("DT-UBND"));
    }

    @ParameterizedTest
    @CsvSource({"PAR, TG-SNV", "SIPAS, TG-SNV", "PAPI, TG-SNV", "PCI, TG-SKHDT", "DTI, TG-STTTT",
            "ICT, TG-STTTT", "PACA, TG-TTT"})
    void findsTheDepartmentLeadingEachIndexInAProvince(String index, String unit) {
        assertThat(DATA.lead(index, "tien-giang", LocalDate.of(2024, 7, 18))).get()
                .extracting(AdministrativeUnit::code).isEqualTo(unit);
    }

    @Test
    void findsIndicesByAliasIgnoringCaseAndDiacritics() {
        assertThat(DATA.indices()).extracting(GovernanceIndex::code)
                .containsExactly("PAR", "SIPAS", "PAPI", "PCI", "DTI", "ICT", "PACA");
        assertThat(DATA.index("PAR Index")).get().extracting(GovernanceIndex::code).isEqualTo("PAR");
        assertThat(DATA.index("chi so cai cach hanh chinh")).get().extracting(GovernanceIndex::code)
                .isEqualTo("PAR");
        assertThat(DATA.index("ict index")).get().extracting(GovernanceIndex::code).isEqualTo("ICT");
        assertThat(DATA.index("GDP")).isEmpty();
    }

    @Test
    void checksThatAPlanMayNameAUnit() {
        LocalDate on = LocalDate.of(2024, 7, 18);

        assertThat(DATA.check("TG-SNV", "tien-giang", on).ok()).isTrue();
        assertThat(DATA.check("BNV", "tien-giang", on).ok()).as("central units belong to every plan").isTrue();
        assertThat(DATA.check("DT-SNV", "tien-giang", on).rule()).isEqualTo("unit-of-another-province");
        assertThat(DATA.check("TG-XYZ", "tien-giang", on).rule()).isEqualTo("unknown-unit");
        assertThat(DATA.check("TG-SNV", "tien-giang", AFTER_MERGER).rule()).isEqualTo("unit-not-valid");
    }

    @Test
    void refusesToStartWithoutItsFiles() {
        assertThatThrownBy(() -> ReferenceData.load(name -> name.equals("units.json") ? null
                : ReferenceData.class.getClassLoader().getResourceAsStream("reference/" + name)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("units.json");
    }

    @Test
    void refusesOverlappingVersionsOfOneCode() {
        Province a = new Province("x", "X", "X", null, LocalDate.of(2025, 6, 30), null, null, null);
        Province b = new Province("x", "X mới", "X", LocalDate.of(2025, 6, 30), null, null, null, null);

        assertThatThrownBy(() -> new ReferenceData(List.of(a, b), List.of(), List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("province x has overlapping versions");
    }

    @Test
    void refusesReferencesToNothing() {
        Province p = new Province("x", "X", "X", null, null, "nowhere", List.of(), null);
        AdministrativeUnit orphan = new AdministrativeUnit("X-1", "Đơn vị", "y", AdministrativeLevel.PROVINCE,
                UnitKind.DEPARTMENT, null, false, null, null, "X-2", null);
        GovernanceIndex twin = new GovernanceIndex("PAPI2", "PAPI", null, null, UnitKind.HOME_AFFAIRS, List.of());
        GovernanceIndex papi = new GovernanceIndex("PAPI", "PAPI", null, null, null, List.of());

        assertThatThrownBy(() -> new ReferenceData(List.of(p), List.of(orphan), List.of(papi, twin)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unknown successor nowhere")
                .hasMessageContaining("unit X-1 belongs to no known province")
                .hasMessageContaining("unit X-1 names an unknown successor X-2")
                .hasMessageContaining("index PAPI names no lead department kind")
                .hasMessageContaining("is used by PAPI and PAPI2");
    }
}
