package vn.gov.conference.localstack;

import java.util.ServiceLoader;

/**
 * Loads the demo data (the two seed plans of /demo-data, their agendas and invitations) into a running stack
 * when it is started with {@code --demo}. It runs once every service is healthy and talks to the stack only
 * through its public addresses, as an integrator would.
 *
 * <p>The loader itself is not written yet: an implementation registers itself in
 * {@code META-INF/services/vn.gov.conference.localstack.DemoData} and {@link #discover()} picks it up. Until
 * then {@link #NONE} is used and says so, so that {@code --demo} never pretends to have loaded anything.
 */
public interface DemoData {

    DemoData NONE = new DemoData() {
        @Override
        public String load(StackAddresses addresses) {
            return "no demo data loader is installed yet; the stack starts with empty databases";
        }
    };

    /**
     * Loads the data; must be safe to run against a stack that already holds it (a restart with --demo).
     *
     * @return one line telling a person what was loaded
     */
    String load(StackAddresses addresses) throws Exception;

    /** The loader registered on the class path, or {@link #NONE}. */
    static DemoData discover() {
        return ServiceLoader.load(DemoData.class).findFirst().orElse(NONE);
    }
}
