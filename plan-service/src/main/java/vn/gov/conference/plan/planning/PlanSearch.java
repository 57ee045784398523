package vn.gov.conference.plan.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.gov.conference.plan.reference.GovernanceIndex;
import vn.gov.conference.plan.reference.ReferenceData;
import vn.gov.conference.plan.reference.ReferenceStore;
import vn.gov.conference.platform.paging.Page;
import vn.gov.conference.platform.paging.Paging;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.security.Role;
import vn.gov.conference.platform.text.VietnameseText;
import vn.gov.conference.platform.web.InvalidInputException;

/**
 * Finds plans by province, status, index and year of the results under review, and by words of the title or the
 * issuer typed with or without diacritics ("tien giang" finds "Tiền Giang"). A caller only ever finds what it may
 * read ({@link PlanAccess}): its own province and its predecessors (every province for the central agency), and no
 * drafts for departments.
 */
@Component
public class PlanSearch {

    private final MongoTemplate mongo;
    private final ReferenceStore reference;
    private final PlanAccess access;

    PlanSearch(MongoTemplate mongo, ReferenceStore reference, PlanAccess access) {
        this.mongo = mongo;
        this.reference = reference;
        this.access = access;
    }

    /**
     * @param year plans reviewing results of that year (with {@code index}: that index's results of that year)
     * @param q    words that must all occur in the title, the issuer or the number, diacritics ignored
     */
    public record PlanQuery(
            String province, PlanStatus status, String index, Integer year, String q, int page, int size) {}

    /** Newest first; the id breaks ties so that pages neither repeat nor skip a plan. */
    public Page<Plan> search(PlanQuery query, Caller caller) {
        Paging paging = Paging.of(query.page(), query.size());
        Query mongoQuery = query(query, caller);
        if (mongoQuery == null) {
            return new Page<>(List.of(), paging.page(), paging.size(), 0);
        }
        long total = mongo.count(mongoQuery, Plan.class);
        List<Plan> plans = mongo.find(
                paging.applyTo(mongoQuery, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id"))), Plan.class);
        return new Page<>(plans, paging.page(), paging.size(), total);
    }

    /** Every plan matching (page and size ignored), by province and then conference date: for side-by-side views. */
    public List<Plan> all(PlanQuery query, Caller caller) {
        Query mongoQuery = query(query, caller);
        if (mongoQuery == null) {
            return List.of();
        }
        return mongo.find(mongoQuery.with(Sort.by("issuer.provinceCode", "createdAt")), Plan.class);
    }

    /** Null when the caller may not see anything the query asks for. */
    private Query query(PlanQuery query, Caller caller) {
        Set<String> readable = access.readableProvinces(caller);
        if (readable != null && query.province() != null && !readable.contains(query.province())) {
            return null;
        }
        List<Criteria> criteria = new ArrayList<>();
        if (query.province() != null) {
            criteria.add(Criteria.where("issuer.provinceCode").is(query.province()));
        } else if (readable != null) {
            criteria.add(Criteria.where("issuer.provinceCode").in(readable));
        }
        if (query.status() != null) {
            criteria.add(Criteria.where("status").is(query.status()));
        }
        if (caller.is(Role.DEPARTMENT)) {
            criteria.add(Criteria.where("status").nin(PlanStatus.DRAFT, PlanStatus.SUBMITTED));
        }
        ReferenceData data = reference.current();
        String index = query.index() == null
                ? null
                : data.index(query.index())
                        .map(GovernanceIndex::code)
                        .orElseThrow(() -> new InvalidInputException(
                                "index",
                                "unknown-index",
                                "Unknown index " + query.index() + "; known: "
                                        + data.indices().stream()
                                                .map(GovernanceIndex::code)
                                                .toList() + "."));
        if (index != null && query.year() != null) {
            criteria.add(Criteria.where("content.indices")
                    .elemMatch(Criteria.where("code").is(index).and("year").is(query.year())));
        } else if (index != null) {
            criteria.add(Criteria.where("content.indices.code").is(index));
        } else if (query.year() != null) {
            criteria.add(Criteria.where("content.indices.year").is(query.year()));
        }
        if (query.q() != null) {
            for (String word : VietnameseText.fold(query.q()).split(" ")) {
                if (!word.isEmpty()) {
                    criteria.add(Criteria.where("searchText").regex(Pattern.quote(word)));
                }
            }
        }
        return new Query(criteria.isEmpty() ? new Criteria() : new Criteria().andOperator(criteria));
    }
}
