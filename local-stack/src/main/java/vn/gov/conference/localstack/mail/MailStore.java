package vn.gov.conference.localstack.mail;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The inbox: every message received since the last clear, oldest first. Ids grow for the life of the sink and
 * are never reused, so a test that cleared the inbox cannot read an old message under a new id. The oldest
 * messages are dropped past {@value #CAPACITY}, which keeps a stack that runs for days from filling its heap.
 */
final class MailStore {

    static final int CAPACITY = 2000;

    private final Deque<ReceivedMessage> messages = new ArrayDeque<>();
    private long lastId;

    synchronized ReceivedMessage add(ReceivedMessage message) {
        ReceivedMessage stored = message.withId(++lastId);
        messages.addLast(stored);
        if (messages.size() > CAPACITY) {
            messages.removeFirst();
        }
        return stored;
    }

    synchronized List<ReceivedMessage> all() {
        return List.copyOf(messages);
    }

    synchronized Optional<ReceivedMessage> find(long id) {
        return messages.stream().filter(m -> m.id() == id).findFirst();
    }

    synchronized boolean delete(long id) {
        return messages.removeIf(m -> m.id() == id);
    }

    synchronized void clear() {
        messages.clear();
    }
}
