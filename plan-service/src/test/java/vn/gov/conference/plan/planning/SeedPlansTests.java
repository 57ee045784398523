package vn.gov.conference.plan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.conference.plan.planning.Fixtures.JULY_18_2024;
import static vn.gov.conference.plan.planning.Fixtures.JULY_20_2024;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The two seed plans, read from demo-data, say everything their documents say and pass every rule. */
class SeedPlansTests {

    private static Map<String, Assignment> byId(PlanContent content) {
        return content.assignments().stream().collect(Collectors.toMap(Assignment::id, Function.identity()));
    }

    @Nested
    class TienGiang276 {

        private final Plan plan = Fixtures.tienGiangDraft();
        private final PlanContent content = plan.content();

        @Test
        void isIssuedByTheProvincialPeoplesCommitteeWithoutANumberYet() {
            assertThat(plan.issuer().body()).isEqualTo(new UnitRef("TG-UBND", "Ủy ban nhân dân tỉnh Tiền Giang"));
            assertThat(plan.issuer().place()).isEqualTo("Tiền Giang");
            assertThat(plan.numberText()).isEqualTo("/KH-UBND");
            assertThat(content.title())
                    .isEqualTo("Tổ chức hội nghị đánh giá các chỉ số: PAR Index, SIPAS, PAPI, PCI, "
                            + "DTI, ICT Index, PACA năm 2023 của tỉnh Tiền Giang");
        }

        @Test
        void reviewsTheSevenIndicesOf2023() {
            assertThat(content.indices())
                    .containsExactly(
                            new IndexUnderReview("PAR", 2023),
                            new IndexUnderReview("SIPAS", 2023),
                            new IndexUnderReview("PAPI", 2023),
                            new IndexUnderReview("PCI", 2023),
                            new IndexUnderReview("DTI", 2023),
                            new IndexUnderReview("ICT", 2023),
                            new IndexUnderReview("PACA", 2023));
            assertThat(content.preamble()).hasSize(2).first().asString().startsWith("Căn cứ kết quả công bố");
            assertThat(content.purposes()).hasSize(3);
            assertThat(content.requirements()).hasSize(2);
        }

        @Test
        void bringsAbout130DelegatesFromProvinceAndDistricts() {
            Composition participants = content.participants();

            assertThat(participants.statedTotal()).isEqualTo(130);
            assertThat(participants.totalApproximate()).isTrue();
            assertThat(participants.groups())
                    .filteredOn(g -> g.level() == ParticipantLevel.PROVINCE)
                    .hasSize(18);
            assertThat(participants.groups())
                    .filteredOn(g -> g.level() == ParticipantLevel.DISTRICT)
                    .hasSize(22)
                    .extracting(g -> g.unit().code())
                    .contains("TG-MYTHO", "TG-GOCONG", "TG-CAILAY", "TG-TANPHUDONG");
            assertThat(participants.tally()).isEqualTo(new Composition.Tally(66, false, 130, true));
            assertThat(participants.tally().consistent()).isTrue();
            assertThat(participants.bridgePoints()).isEmpty();
            assertThat(content.chair()).isEqualTo("Thường trực Ủy ban nhân dân tỉnh");
        }

        @Test
        void meetsInPersonInRoom2TentativelyInTheThirdQuarter() {
            assertThat(content.format()).isEqualTo(ConferenceFormat.IN_PERSON);
            assertThat(content.venue().text())
                    .isEqualTo("Phòng họp số 2, Trung tâm Hội nghị tỉnh Tiền Giang, "
                            + "số 6C Rạch Gầm, Phường 1, thành phố Mỹ Tho, Tiền Giang");
            assertThat(content.time().exact()).isFalse();
            assertThat(content.time().label()).isEqualTo("dự kiến quý 3 năm 2024");
            assertThat(content.time().windowStart()).isEqualTo(LocalDate.of(2024, 7, 1));
            assertThat(content.time().windowEnd()).isEqualTo(LocalDate.of(2024, 9, 30));
            assertThat(content.time().note()).isEqualTo("Thời điểm cụ thể do Ủy ban nhân dân tỉnh quyết định");
        }

        @Test
        void keepsTheBackdropTheBudgetTheDistributionAndTheSigner() {
            assertThat(content.backdrop().spec()).isEqualTo("Quy cách: sử dụng bảng LED.");
            assertThat(content.backdrop().lines()).first().isEqualTo("ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG");
            assertThat(content.budget().managedBy().code()).isEqualTo("TG-SNV");
            assertThat(content.budget().source())
                    .contains("kinh phí cải cách hành chính của tỉnh do Sở Nội vụ quản lý");
            assertThat(content.distribution()).hasSize(8).first().satisfies(d -> {
                assertThat(d.text()).isEqualTo("Bộ Nội vụ");
                assertThat(d.units()).extracting(UnitRef::code).containsExactly("BNV");
            });
            assertThat(content.distribution())
                    .last()
                    .extracting(DistributionEntry::text)
                    .isEqualTo("Lưu: VT, KSTT(Hiếu)");
            assertThat(content.signer()).isEqualTo(new Signer("Nguyễn Văn Vĩnh", "Chủ tịch", null));
            assertThat(content.replacesInvitationLetter()).isFalse();
        }

        @Test
        void chainsTheDraftSpeechesThroughSoNoiVuToTheOffice() {
            Map<String, Assignment> assignments = byId(content);

            assertThat(List.of("skhdt-phat-bieu", "stttt-phat-bieu", "ttt-phat-bieu"))
                    .allSatisfy(id -> {
                        Assignment speech = assignments.get(id);
                        assertThat(speech.dueBefore()).isEqualTo(LocalDate.of(2024, 7, 25));
                        assertThat(speech.recipient().code()).isEqualTo("TG-SNV");
                        assertThat(speech.next()).isEqualTo("snv-chuong-trinh");
                        assertThat(speech.deliverables())
                                .extracting(Deliverable::kind)
                                .containsExactly(DeliverableKind.DRAFT_SPEECH);
                    });
            Assignment consolidation = assignments.get("snv-chuong-trinh");
            assertThat(consolidation.owner().code()).isEqualTo("TG-SNV");
            assertThat(consolidation.dueBefore()).isEqualTo(LocalDate.of(2024, 7, 30));
            assertThat(consolidation.recipient().code()).isEqualTo("TG-VPUBND");
        }

        @Test
        void asksForTheConferenceDocumentsBeforeThe30thOfJuly() {
            assertThat(content.assignments())
                    .filteredOn(a -> a.deliverables().stream().anyMatch(d -> d.kind() == DeliverableKind.REPORT))
                    .extracting(a -> a.owner().code())
                    .containsExactlyInAnyOrder("TG-SNV", "TG-SKHDT", "TG-STTTT", "TG-TTT", "TG-MTTQ")
                    .hasSize(5);
            assertThat(content.assignments())
                    .filteredOn(a -> a.deliverables().stream().anyMatch(d -> d.kind() == DeliverableKind.REPORT))
                    .allSatisfy(a -> {
                        assertThat(a.dueBefore()).isEqualTo(LocalDate.of(2024, 7, 30));
                        assertThat(a.recipient().code()).isEqualTo("TG-VPUBND");
                        assertThat(a.note()).contains("Tài liệu Hội nghị");
                    });
        }

        @Test
        void passesEveryRuleAndIsApprovedAs276() {
            assertThat(content.violations()).isEmpty();
            assertThat(content.missingForSubmission()).isEmpty();

            plan.submit("tg-office", JULY_20_2024);
            plan.approve(Fixtures.number(plan, 276, 2024), JULY_18_2024, null, "tg-approver", JULY_20_2024);

            assertThat(plan.numberText()).isEqualTo("276/KH-UBND");
            assertThat(plan.issuedOn()).isEqualTo(JULY_18_2024);
        }
    }

    @Nested
    class DongThap2021 {

        private final Plan plan = Fixtures.dongThapDraft();
        private final PlanContent content = plan.content();

        @Test
        void isADraftOfTheDongThapPeoplesCommitteeWithItsNumberStillBlank() {
            assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
            assertThat(plan.issuer().body().code()).isEqualTo("DT-UBND");
            assertThat(plan.numberText()).isEqualTo("/KH-UBND");
            assertThat(content.indices())
                    .containsExactly(new IndexUnderReview("PAR", 2020), new IndexUnderReview("PAPI", 2020));
        }

        @Test
        void meetsOnlineAt08000707WithFortyDelegatesAtTheProvincialBridgePoint() {
            assertThat(content.format()).isEqualTo(ConferenceFormat.ONLINE);
            assertThat(content.time().start()).isEqualTo(OffsetDateTime.parse("2021-07-07T08:00:00+07:00"));
            assertThat(content.time().label()).isEqualTo("08 giờ 00 phút, ngày 07/7/2021 (thứ Tư)");
            Composition participants = content.participants();
            assertThat(participants.bridgePoints()).hasSize(13).first().satisfies(p -> {
                assertThat(p.code()).isEqualTo("DC-TINH");
                assertThat(p.expectedAttendance()).isEqualTo(40);
                assertThat(p.host().code()).isEqualTo("DT-UBND");
            });
            assertThat(participants.bridgePoints())
                    .extracting(p -> p.host().code())
                    .contains("DT-CHAUTHANH", "DT-HONGNGU", "DT-SADEC", "DT-TAMNONG", "DT-CAOLANH");
            assertThat(participants.groups())
                    .allSatisfy(g -> assertThat(g.bridgePoint()).isNotNull());
            assertThat(participants.statedTotal()).isNull();
            assertThat(content.venue().room()).isEqualTo("Hội trường Ủy ban nhân dân (UBND) Tỉnh");
        }

        @Test
        void invitesTheExternalExpertsOnline() {
            assertThat(content.participants().externalGuests()).hasSize(2).allSatisfy(g -> {
                assertThat(g.online()).isTrue();
                assertThat(g.bridgePoint()).isEqualTo("DC-TINH");
                assertThat(g.email()).as("the plan names no address").isNull();
            });
            assertThat(content.participants().externalGuests())
                    .extracting(ExternalGuest::name)
                    .containsExactly("Đỗ Thanh Huyền", null);
            assertThat(content.participants().externalGuests())
                    .extracting(ExternalGuest::organisation)
                    .containsExactly(
                            "Chương trình Phát triển Liên Hợp Quốc tại Việt Nam (UNDP)",
                            "Vụ Cải cách hành chính – Bộ Nội vụ");
        }

        @Test
        void replacesTheInvitationLetterAndIsSignedOnBehalfOfTheCommittee() {
            assertThat(content.replacesInvitationLetter()).isTrue();
            assertThat(content.signer()).isEqualTo(new Signer("Phạm Thiện Nghĩa", "Chủ tịch", "TM. Ủy ban nhân dân"));
            assertThat(content.chair()).isEqualTo("Chủ tịch UBND Tỉnh Phạm Thiện Nghĩa");
        }

        @Test
        void asksEachContributorOfTheAgendaForItsDiscussionPaper() {
            assertThat(content.assignments())
                    .filteredOn(
                            a -> a.deliverables().stream().anyMatch(d -> d.kind() == DeliverableKind.DISCUSSION_PAPER))
                    .extracting(a -> a.owner().code())
                    .containsExactly(
                            "DT-CHAUTHANH",
                            "DT-HONGNGU",
                            "DT-SADEC",
                            "DT-TAMNONG",
                            "DT-CAOLANH",
                            "DT-MTTQ",
                            "DT-SKHDT",
                            "DT-STTTT");
        }

        @Test
        void passesEveryRuleAndCanBeSubmitted() {
            assertThat(content.violations()).isEmpty();
            assertThat(content.missingForSubmission()).isEmpty();
        }
    }

    @Test
    void turnsBackIntoTheRequestItCameFrom() {
        for (Plan plan : List.of(Fixtures.tienGiangDraft(), Fixtures.dongThapDraft())) {
            PlanRequest request = PlanRequest.of(plan.issuer(), plan.content());
            PlanRequest travelled =
                    Fixtures.JSON.readValue(Fixtures.JSON.writeValueAsString(request), PlanRequest.class);

            assertThat(Fixtures.RESOLVER.content(travelled, plan.province(), null))
                    .isEqualTo(plan.content());
        }
    }
}
