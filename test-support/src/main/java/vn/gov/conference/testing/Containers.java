package vn.gov.conference.testing;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The real images, for tests that run wherever Docker exists (annotated
 * {@code @Testcontainers(disabledWithoutDocker = true)}). Tags are pinned once, in the root pom properties
 * {@code mongo.image} and {@code kafka.image}, which Surefire passes in; the defaults repeat them for IDE runs.
 */
public final class Containers {

    private Containers() {}

    public static MongoDBContainer mongo() {
        return new MongoDBContainer(
                DockerImageName.parse(System.getProperty("conference.test.mongo-image", "mongo:8.0.12")));
    }

    public static KafkaContainer kafka() {
        return new KafkaContainer(
                DockerImageName.parse(System.getProperty("conference.test.kafka-image", "apache/kafka:4.1.1")));
    }
}
