package vn.gov.conference.plan.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceDataTests {

    private static final ReferenceData DATA = ReferenceSeed.fromClasspath();
    private static final LocalDate BEFORE_MERGER = LocalDate.of(2025, 6, 30);
    private static final LocalDate AFTER_MERGER = LocalDate.of(2025, 7, 1);
    private static final LocalDate SEED_DAY = LocalDate.of(2024, 7, 18);
    private static final LocalDate NEW_YEAR_2026 = LocalDate.of(2026, 1, 1);
    private static final List<String> UNCHANGED = List.of(
            "ha-noi",
            "hue",
            "lai-chau",
            "dien-bien",
            "son-la",
            "lang-son",
            "quang-ninh",
            "thanh-hoa",
            "nghe-an",
            "ha-tinh",
            "cao-bang");

    @Test
    void loadsTheSharedUnitCodesWithTheirNames() {
        assertThat(List.of(
                        "TG-UBND",
                        "TG-VPUBND",
                        "TG-SNV",
                        "TG-SKHDT",
                        "TG-STTTT",
                        "TG-TTT",
                        "TG-MTTQ",
                        "TG-MYTHO",
                        "TG-GOCONG",
                        "TG-CAILAY",
                        "DT-UBND",
                        "DT-VPUBND",
                        "DT-SNV",
                        "DT-SKHDT",
                        "DT-STTTT",
                        "DT-MTTQ",
                        "DT-CHAUTHANH",
                        "DT-HONGNGU",
                        "DT-SADEC",
                        "DT-TAMNONG",
                        "DT-CAOLANH",
                        "BNV"))
                .allSatisfy(
                        code -> assertThat(DATA.unit(code, SEED_DAY)).as(code).isPresent());
        assertThat(DATA.unit("TG-UBND", SEED_DAY).orElseThrow().name()).isEqualTo("Ủy ban nhân dân tỉnh Tiền Giang");
        assertThat(DATA.unit("TG-SNV", SEED_DAY).orElseThrow().name()).isEqualTo("Sở Nội vụ");
        assertThat(DATA.unit("DT-CAOLANH", SEED_DAY).orElseThrow().name()).isEqualTo("UBND thành phố Cao Lãnh");
        assertThat(DATA.unit("BNV", SEED_DAY).orElseThrow().province()).isNull();
    }

    @Test
    void lists63ProvincesBeforeTheMergerAnd34After() {
        assertThat(DATA.provincesOn(SEED_DAY)).hasSize(63);
        assertThat(DATA.provincesOn(BEFORE_MERGER)).hasSize(63);
        assertThat(DATA.provincesOn(AFTER_MERGER)).hasSize(34);
        assertThat(DATA.provincesOn(NEW_YEAR_2026))
                .hasSize(34)
                .extracting(Province::code)
                .contains("ha-noi", "ho-chi-minh", "da-nang", "dong-thap", "hue")
                .doesNotContain("tien-giang");
        assertThat(DATA.provincesOn(SEED_DAY))
                .extracting(Province::code)
                .contains("tien-giang", "dong-thap", "thua-thien-hue", "ba-ria-vung-tau")
                .doesNotContain("hue");
    }

    @Test
    void eachProvinceNowCarriesOnTheOldOnesExactlyOnce() {
        List<String> carriedOn = new ArrayList<>();
        for (Province province : DATA.provincesOn(NEW_YEAR_2026)) {
            Set<String> lineage = DATA.lineage(province.code());
            List<String> old = lineage.stream()
                    .filter(c -> DATA.province(c, SEED_DAY).isPresent())
                    .toList();
            assertThat(old).as(province.code()).isNotEmpty();
            if (!UNCHANGED.contains(province.code())) {
                assertThat(province.predecessors())
                        .as(province.code())
                        .hasSizeGreaterThanOrEqualTo(2)
                        .contains(province.code());
            }
            carriedOn.addAll(old);
        }
        assertThat(carriedOn)
                .hasSize(63)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(
                        DATA.provincesOn(SEED_DAY).stream().map(Province::code).toList());
        assertThat(DATA.provincesOn(NEW_YEAR_2026))
                .filteredOn(p -> !p.predecessors().isEmpty())
                .hasSize(24);
    }

    @Test
    void everyOldProvinceHasASuccessorOrContinues() {
        assertThat(DATA.provincesOn(SEED_DAY))
                .allSatisfy(p -> assertThat(p.successor() != null
                                || DATA.province(p.code(), NEW_YEAR_2026).isPresent())
                        .as(p.code())
                        .isTrue());
        assertThat(DATA.province("tien-giang", SEED_DAY).orElseThrow().successor())
                .isEqualTo("dong-thap");
        assertThat(DATA.province("binh-duong", SEED_DAY).orElseThrow().successor())
                .isEqualTo("ho-chi-minh");
        assertThat(DATA.province("ho-chi-minh", NEW_YEAR_2026).orElseThrow().predecessors())
                .containsExactly("ho-chi-minh", "binh-duong", "ba-ria-vung-tau");
        assertThat(DATA.province("ha-noi", SEED_DAY)).isEqualTo(DATA.province("ha-noi", NEW_YEAR_2026));
    }

    @Test
    void makesHueACentrallyRunCityOnTheFirstOfJanuary2025() {
        assertThat(DATA.province("thua-thien-hue", LocalDate.of(2024, 12, 31))
                        .orElseThrow()
                        .successor())
                .isEqualTo("hue");
        assertThat(DATA.province("hue", LocalDate.of(2025, 1, 1)).orElseThrow().predecessors())
                .containsExactly("thua-thien-hue");
        assertThat(DATA.unit("HUE-UBND", NEW_YEAR_2026).orElseThrow().name())
                .isEqualTo("Ủy ban nhân dân thành phố Huế");
        assertThat(DATA.unitVersions("TTH-UBND").getLast().successor()).isEqualTo("HUE-UBND");
    }

    @Test
    void endsTienGiangAtTheMergerAndKeepsDongThapAsOneTenantWithTwoVersions() {
        assertThat(DATA.province("tien-giang", BEFORE_MERGER)).isPresent();
        assertThat(DATA.province("tien-giang", AFTER_MERGER)).isEmpty();
        Province before = DATA.province("dong-thap", BEFORE_MERGER).orElseThrow();
        Province after = DATA.province("dong-thap", AFTER_MERGER).orElseThrow();

        assertThat(before).isNotEqualTo(after);
        assertThat(after.predecessors()).containsExactlyInAnyOrder("tien-giang", "dong-thap");
        assertThat(DATA.lineage("dong-thap")).containsExactlyInAnyOrder("dong-thap", "tien-giang");
        assertThat(DATA.lineage("ha-noi")).containsExactly("ha-noi");
        assertThat(DATA.lineage("dong-thap", java.time.LocalDate.of(2025, 6, 30)))
                .containsExactly("dong-thap");
        assertThat(DATA.lineage("dong-thap", java.time.LocalDate.of(2025, 7, 1)))
                .containsExactlyInAnyOrder("dong-thap", "tien-giang");
    }

    @Test
    void abolishesTheDistrictLevelOnTheFirstOfJuly2025() {
        assertThat(DATA.units("dong-thap", BEFORE_MERGER))
                .extracting(AdministrativeUnit::code)
                .contains("DT-CAOLANH", "DT-SADEC");
        assertThat(DATA.units("dong-thap", AFTER_MERGER)).noneMatch(u -> u.level() == AdministrativeLevel.DISTRICT);
        assertThat(DATA.units("tien-giang", AFTER_MERGER)).isEmpty();
        assertThat(DATA.unitVersions("TG-UBND"))
                .singleElement()
                .satisfies(u -> assertThat(u.successor()).isEqualTo("DT-UBND"));
    }

    @Test
    void mergesTheDepartmentsOnTheFirstOfMarch2025() {
        LocalDate in2026 = LocalDate.of(2026, 3, 1);
        assertThat(DATA.units("dong-thap", in2026))
                .extracting(AdministrativeUnit::code)
                .doesNotContain("DT-SKHDT", "DT-STTTT", "DT-SLDTBXH", "DT-SGTVT", "DT-STNMT", "DT-SNNPTNT")
                .contains("DT-STC", "DT-SKHCN", "DT-SNV", "DT-SNNMT", "DT-SXD", "DT-UBNDX");
        assertThat(DATA.unitVersions("DT-SKHDT")).singleElement().satisfies(u -> {
            assertThat(u.validTo()).isEqualTo(LocalDate.of(2025, 2, 28));
            assertThat(u.successor()).isEqualTo("DT-STC");
        });
        assertThat(DATA.unitVersions("DT-STTTT").getLast().successor()).isEqualTo("DT-SKHCN");
        assertThat(DATA.unit("DT-STC", in2026).orElseThrow().name()).isEqualTo("Sở Tài chính tỉnh Đồng Tháp");
        assertThat(DATA.unitVersions("TG-STC").getLast()).satisfies(u -> {
            assertThat(u.validTo()).isEqualTo(BEFORE_MERGER);
            assertThat(u.successor()).isEqualTo("DT-STC");
        });
        assertThat(DATA.unitVersions("TG-SNNMT").getFirst().validFrom()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(DATA.unit("HN-STC", in2026).orElseThrow().name()).isEqualTo("Sở Tài chính thành phố Hà Nội");
        assertThat(DATA.unit("HCM-UBND", in2026).orElseThrow().name())
                .isEqualTo("Ủy ban nhân dân Thành phố Hồ Chí Minh");
    }

    @Test
    void givesEveryProvinceItsStandardBodies() {
        for (LocalDate day : List.of(SEED_DAY, NEW_YEAR_2026)) {
            assertThat(DATA.provincesOn(day)).allSatisfy(p -> {
                for (UnitKind kind : List.of(
                        UnitKind.PEOPLES_COMMITTEE,
                        UnitKind.PEOPLES_COMMITTEE_OFFICE,
                        UnitKind.HOME_AFFAIRS,
                        UnitKind.FINANCE,
                        UnitKind.SCIENCE_AND_TECHNOLOGY,
                        UnitKind.INSPECTORATE,
                        UnitKind.FATHERLAND_FRONT)) {
                    assertThat(DATA.unitOfKind(p.code(), kind, day))
                            .as(p.code() + " " + kind + " " + day)
                            .isPresent();
                }
            });
        }
    }

    @ParameterizedTest
    @CsvSource({
        "PAR, TG-SNV",
        "SIPAS, TG-SNV",
        "PAPI, TG-SNV",
        "PCI, TG-SKHDT",
        "DTI, TG-STTTT",
        "ICT, TG-STTTT",
        "PACA, TG-TTT"
    })
    void findsTheDepartmentLeadingEachIndexInAProvince(String index, String unit) {
        assertThat(DATA.lead(index, "tien-giang", SEED_DAY))
                .get()
                .extracting(AdministrativeUnit::code)
                .isEqualTo(unit);
    }

    @ParameterizedTest
    @CsvSource({
        "PCI, dong-thap, DT-STC",
        "DTI, dong-thap, DT-SKHCN",
        "PAR, dong-thap, DT-SNV",
        "PCI, ha-noi, HN-STC",
        "PCI, ho-chi-minh, HCM-STC",
        "PACA, da-nang, DNG-TTT"
    })
    void leadsEachIndexIn2026ByTheDepartmentsAsMerged(String index, String province, String unit) {
        assertThat(DATA.lead(index, province, LocalDate.of(2026, 9, 1)))
                .get()
                .extracting(AdministrativeUnit::code)
                .isEqualTo(unit);
    }

    @Test
    void namesThePublisherOfEachIndexOverTime() {
        GovernanceIndex dti = DATA.index("DTI").orElseThrow();
        assertThat(dti.on(SEED_DAY).orElseThrow().publisher()).isEqualTo("Bộ Thông tin và Truyền thông");
        assertThat(dti.on(NEW_YEAR_2026).orElseThrow().publisher()).isEqualTo("Bộ Khoa học và Công nghệ");
        assertThat(DATA.index("PCI")
                        .orElseThrow()
                        .on(NEW_YEAR_2026)
                        .orElseThrow()
                        .leadKind())
                .isEqualTo(UnitKind.FINANCE);
    }

    @Test
    void findsIndicesByAliasIgnoringCaseAndDiacritics() {
        assertThat(DATA.indices())
                .extracting(GovernanceIndex::code)
                .containsExactly("PAR", "SIPAS", "PAPI", "PCI", "DTI", "ICT", "PACA");
        assertThat(DATA.index("PAR Index"))
                .get()
                .extracting(GovernanceIndex::code)
                .isEqualTo("PAR");
        assertThat(DATA.index("chi so cai cach hanh chinh"))
                .get()
                .extracting(GovernanceIndex::code)
                .isEqualTo("PAR");
        assertThat(DATA.index("ict index"))
                .get()
                .extracting(GovernanceIndex::code)
                .isEqualTo("ICT");
        assertThat(DATA.index("GDP")).isEmpty();
    }

    @Test
    void checksThatAPlanMayNameAUnit() {
        assertThat(DATA.check("TG-SNV", "tien-giang", SEED_DAY).ok()).isTrue();
        assertThat(DATA.check("BNV", "tien-giang", SEED_DAY).ok())
                .as("central units belong to every plan")
                .isTrue();
        assertThat(DATA.check("DT-SNV", "tien-giang", SEED_DAY).rule()).isEqualTo("unit-of-another-province");
        assertThat(DATA.check("TG-XYZ", "tien-giang", SEED_DAY).rule()).isEqualTo("unknown-unit");
        assertThat(DATA.check("TG-MYTHO", "tien-giang", AFTER_MERGER).rule()).isEqualTo("unit-not-valid");
        assertThat(DATA.check("TG-SNV", "tien-giang", AFTER_MERGER).rule()).isEqualTo("unit-dissolved");
    }

    @Test
    void namesWhatTookOverADissolvedUnit() {
        ReferenceData.UnitCheck check = DATA.check("TG-SKHDT", "dong-thap", LocalDate.of(2026, 3, 1));

        assertThat(check.rule()).isEqualTo("unit-dissolved");
        assertThat(check.message())
                .contains("TG-SKHDT", "đã sáp nhập vào TG-STC", "từ 01/3/2025", "DT-STC (Sở Tài chính tỉnh Đồng Tháp)");
    }

    @Test
    void storesEveryNameInNfc() {
        assertThat(DATA.units())
                .allSatisfy(u -> assertThat(Normalizer.isNormalized(u.name(), Normalizer.Form.NFC))
                        .as(u.code())
                        .isTrue());
        assertThat(DATA.provinces())
                .allSatisfy(p -> assertThat(Normalizer.isNormalized(p.fullName(), Normalizer.Form.NFC))
                        .as(p.code())
                        .isTrue());
    }

    @Test
    void refusesToStartWithoutItsFiles() {
        assertThatThrownBy(() -> ReferenceSeed.load(name -> name.equals("units.json")
                        ? null
                        : ReferenceData.class.getClassLoader().getResourceAsStream("reference/" + name)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("units.json");
    }

    @Test
    void refusesOverlappingVersionsOfOneCode() {
        Province a = province("x", null, LocalDate.of(2025, 6, 30), null, List.of());
        Province b = province("x", LocalDate.of(2025, 6, 30), null, null, List.of());

        assertThatThrownBy(() -> new ReferenceData(List.of(a, b), List.of(), List.of()))
                .isInstanceOfSatisfying(
                        InconsistentReferenceException.class,
                        e -> assertThat(e.problems())
                                .extracting(ReferenceProblem::rule)
                                .containsExactly("overlapping-validity"));
    }

    @Test
    void refusesReferencesToNothing() {
        Province p = province("x", null, null, "nowhere", List.of("gone"));
        AdministrativeUnit orphan = unit("X-1", "y", null, null, "X-2");
        GovernanceIndex twin = new GovernanceIndex(
                "PAPI2",
                "PAPI",
                null,
                null,
                List.of(new GovernanceIndex.Version(null, null, null, UnitKind.HOME_AFFAIRS, null)));
        GovernanceIndex papi = new GovernanceIndex(
                "PAPI", "PAPI", null, null, List.of(new GovernanceIndex.Version(null, null, null, null, null)));

        assertThatThrownBy(() -> new ReferenceData(List.of(p), List.of(orphan), List.of(papi, twin)))
                .isInstanceOfSatisfying(
                        InconsistentReferenceException.class,
                        e -> assertThat(e.problems())
                                .extracting(ReferenceProblem::field, ReferenceProblem::rule)
                                .contains(
                                        tuple("successor", "unknown-successor"),
                                        tuple("predecessors", "unknown-predecessor"),
                                        tuple("province", "unknown-province"),
                                        tuple("leadKind", "required"),
                                        tuple("aliases", "duplicate-index-name")));
    }

    @Test
    void refusesAUnitOutsideItsProvincesValidity() {
        Province p = province("x", null, LocalDate.of(2025, 6, 30), null, List.of());
        AdministrativeUnit late = unit("X-1", "x", LocalDate.of(2025, 7, 1), null, null);

        assertThatThrownBy(() -> new ReferenceData(List.of(p), List.of(late), List.of()))
                .isInstanceOfSatisfying(
                        InconsistentReferenceException.class,
                        e -> assertThat(e.problems())
                                .extracting(ReferenceProblem::rule)
                                .containsExactly("province-not-in-force"));
    }

    private static Province province(
            String code, LocalDate from, LocalDate to, String successor, List<String> predecessors) {
        return new Province(code, "X", "tỉnh X", "X", "X", from, to, successor, predecessors, null);
    }

    private static AdministrativeUnit unit(
            String code, String province, LocalDate from, LocalDate to, String successor) {
        return new AdministrativeUnit(
                code,
                "Đơn vị",
                province,
                AdministrativeLevel.PROVINCE,
                UnitKind.DEPARTMENT,
                null,
                false,
                from,
                to,
                successor,
                null,
                null);
    }
}
