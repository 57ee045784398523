package vn.gov.conference.localstack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts the MongoDB-compatible server ({@link MongoServer}) in a child JVM on the launcher's class path, as the
 * Kafka broker is. Its own heap and collector: a parallel young collection pauses a database that turns over
 * hundreds of megabytes of chunks for a fraction of what the launcher's serial one did, and the full JIT compiles the
 * hot path that every service waits on.
 */
final class MongoProcess {

    static final List<String> JVM_OPTIONS =
            List.of("-Xms256m", "-Xmx1g", "-XX:+UseParallelGC", "-Djava.awt.headless=true");

    private MongoProcess() {}

    static ServiceProcess start(DataFolder data, Ports ports, boolean again) {
        List<String> command = new ArrayList<>(JVM_OPTIONS);
        command.addAll(List.of(
                "-cp",
                ChildClassPath.ofLauncher(),
                MongoServer.class.getName(),
                data.mongo().toString(),
                String.valueOf(ports.mongo())));
        return ServiceProcess.start("mongo", data, command, Map.of(), again);
    }
}
