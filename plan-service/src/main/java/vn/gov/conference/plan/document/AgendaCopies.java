package vn.gov.conference.plan.document;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.gov.conference.contracts.UnitRef;
import vn.gov.conference.contracts.agenda.AgendaEvents.AgendaPublished;
import vn.gov.conference.contracts.agenda.AgendaEvents.AgendaRevised;
import vn.gov.conference.contracts.agenda.AgendaEvents.Slot;
import vn.gov.conference.platform.events.IncomingEvent;

/** Keeps {@link PublishedAgenda} from the agenda events (wired with readiness's consumer of the agenda topic). */
@Component
public class AgendaCopies {

    private final MongoTemplate mongo;

    AgendaCopies(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void on(IncomingEvent event, AgendaPublished published) {
        keep(
                published.planId(),
                published.revision(),
                published.sessionStart(),
                published.sessionEnd(),
                published.slots());
    }

    public void on(IncomingEvent event, AgendaRevised revised) {
        keep(revised.planId(), revised.revision(), revised.sessionStart(), revised.sessionEnd(), revised.slots());
    }

    /** The copy of the plan's agenda, if one was published. */
    Optional<PublishedAgenda> of(String planId) {
        return Optional.ofNullable(mongo.findById(planId, PublishedAgenda.class));
    }

    /**
     * One conditional upsert: it matches only a copy of an older revision, so a newer copy makes the insert collide
     * on the id, which means there is nothing to do.
     */
    private void keep(String planId, int revision, OffsetDateTime start, OffsetDateTime end, List<Slot> slots) {
        List<PublishedAgenda.Line> lines = slots == null
                ? List.of()
                : slots.stream().map(AgendaCopies::line).toList();
        PublishedAgenda copy = new PublishedAgenda(planId, revision, start, end, lines);
        org.bson.Document fields = new org.bson.Document();
        mongo.getConverter().write(copy, fields);
        fields.remove("_id");
        fields.remove("_class");
        Update update = new Update();
        fields.forEach(update::set);
        try {
            mongo.upsert(
                    Query.query(Criteria.where("_id").is(planId).and("revision").lt(revision)),
                    update,
                    PublishedAgenda.class);
        } catch (DuplicateKeyException newerKept) {
            // A later revision arrived first; this older one is history.
        }
    }

    private static PublishedAgenda.Line line(Slot slot) {
        List<String> presenters = slot.presenters() == null
                ? List.of()
                : slot.presenters().stream().map(UnitRef::name).toList();
        return new PublishedAgenda.Line(slot.number(), slot.title(), presenters, slot.start(), slot.end());
    }
}
