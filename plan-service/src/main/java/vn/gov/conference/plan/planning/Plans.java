package vn.gov.conference.plan.planning;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** The plans: what the application needs of their store, nothing more; saving is {@link PlanSavingImpl}. */
public interface Plans extends Repository<Plan, String>, PlanSaving {

    Optional<Plan> findById(String id);

    List<Plan> findAllById(Iterable<String> ids);
}
