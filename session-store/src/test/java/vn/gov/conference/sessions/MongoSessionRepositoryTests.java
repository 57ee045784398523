package vn.gov.conference.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;

/** Two replicas' repositories over one database (the MongoDB stand-in): what one saves, the other reads and ends. */
class MongoSessionRepositoryTests {

    private static MongoServer server;
    private static MongoClient client;

    private final MongoTemplate database = new MongoTemplate(client, "sessions-" + System.nanoTime());
    private final MongoSessionRepository a = new MongoSessionRepository(database, "sessions", Duration.ofMinutes(30));
    private final MongoSessionRepository b = new MongoSessionRepository(database, "sessions", Duration.ofMinutes(30));

    @BeforeAll
    static void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aSessionSavedByOneReplicaIsReadByAnotherWithItsSecurityContext() {
        MongoSessionRepository.StoredSession session = a.createSession();
        session.setAttribute(
                "SPRING_SECURITY_CONTEXT",
                new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                        "tg-vanphong@tiengiang.gov.vn", null, List.of(new SimpleGrantedAuthority("ROLE_OFFICE")))));
        a.save(session);

        MongoSessionRepository.StoredSession found = b.findById(session.getId());

        assertThat(found).isNotNull();
        SecurityContextImpl context = found.getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(context.getAuthentication().getName()).isEqualTo("tg-vanphong@tiengiang.gov.vn");
        assertThat(found.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aSessionEndedOnOneReplicaIsNotBroughtBackByALaterSaveOnAnother() {
        MongoSessionRepository.StoredSession session = a.createSession();
        session.setAttribute("x", "1");
        a.save(session);
        MongoSessionRepository.StoredSession onB = b.findById(session.getId());

        a.deleteById(session.getId());
        onB.setAttribute("x", "2");
        b.save(onB);

        assertThat(a.findById(session.getId())).isNull();
    }

    @Test
    void aChangedIdMovesTheSessionAndTheOldIdNoLongerOpensIt() {
        MongoSessionRepository.StoredSession session = a.createSession();
        a.save(session);
        String old = session.getId();
        MongoSessionRepository.StoredSession onB = b.findById(old);

        String renewed = onB.changeSessionId();
        b.save(onB);

        assertThat(a.findById(old)).isNull();
        assertThat(a.findById(renewed)).isNotNull();
    }

    @Test
    void anIdleSessionIsExpiredAndRemoved() {
        MongoSessionRepository.StoredSession session = a.createSession();
        session.setLastAccessedTime(Instant.now().minus(Duration.ofMinutes(31)));
        a.save(session);

        assertThat(b.findById(session.getId())).isNull();
        assertThat(database.getCollection("sessions").countDocuments(Filters.eq("_id", session.getId())))
                .isZero();
    }

    @Test
    void aStoredClassOutsideTheAllowListIsRefused() {
        byte[] foreign = StoredObjects.write(new javax.swing.JLabel("x"));

        assertThatThrownBy(() -> StoredObjects.read(foreign, getClass().getClassLoader()))
                .isInstanceOf(IllegalStateException.class);

        MongoSessionRepository.StoredSession session = a.createSession();
        a.save(session);
        database.getCollection("sessions")
                .updateOne(Filters.eq("_id", session.getId()), Updates.set("attributes", new Binary(foreign)));
        assertThat(b.findById(session.getId()))
                .as("an unreadable session is no session")
                .isNull();
    }
}
