package vn.gov.conference.plan.planning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/**
 * The plans: what the application needs of their store, nothing more. A save writes the whole plan with its lock
 * version checked, and the platform stages the events it raised into its outbox in the same write.
 */
public interface Plans extends Repository<Plan, String> {

    Optional<Plan> findById(String id);

    List<Plan> findAllById(Iterable<String> ids);

    Plan save(Plan plan);
}
