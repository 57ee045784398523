package vn.gov.conference.plan.readiness;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface Readiness extends Repository<PlanReadiness, String> {

    Optional<PlanReadiness> findById(String planId);

    List<PlanReadiness> findAllById(Iterable<String> planIds);

    PlanReadiness save(PlanReadiness readiness);
}
