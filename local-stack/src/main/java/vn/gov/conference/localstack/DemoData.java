package vn.gov.conference.localstack;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Loads the demo data (the two seed plans of /demo-data, their agendas and invitations) into a running stack
 * when it is started with {@code --demo}. It runs once every service is healthy and talks to the stack only
 * through its public addresses, as an integrator would.
 *
 * <p>An implementation registers itself in {@code META-INF/services/vn.gov.conference.localstack.DemoData} (the
 * seed plans' loader {@link vn.gov.conference.localstack.demo.SeedPlansDemo} does) and {@link #discover(Path)}
 * picks it up. Without one {@link #NONE} is used and says so, so that {@code --demo} never pretends to have loaded
 * anything.
 */
public interface DemoData {

    DemoData NONE = new DemoData() {
        @Override
        public String load(StackAddresses addresses) {
            return "no demo data loader is installed; the stack starts with empty databases";
        }
    };

    /**
     * Loads the data; must be safe to run against a stack that already holds it (a restart with --demo).
     *
     * @return one line telling a person what was loaded
     */
    String load(StackAddresses addresses) throws Exception;

    /**
     * The moment the data's story is set at: {@code --demo} runs the services' clock from there unless
     * {@code --clock} says otherwise. Empty: the real clock.
     */
    default Optional<OffsetDateTime> clock() {
        return Optional.empty();
    }

    /** The same loader reading its files from this checkout; loaders that read nothing return themselves. */
    default DemoData forRepository(Path repositoryRoot) {
        return this;
    }

    /** The loader registered on the class path, or {@link #NONE}, reading from {@code repositoryRoot}. */
    static DemoData discover(Path repositoryRoot) {
        return ServiceLoader.load(DemoData.class).findFirst().orElse(NONE).forRepository(repositoryRoot);
    }
}
