package vn.gov.conference.documents.content;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ContentProperties.class)
class ContentConfiguration {

    @Bean
    ContentStore contentStore(MongoDatabaseFactory databases, ContentProperties properties) {
        return new ContentStore(
                databases.getMongoDatabase(),
                properties.bucket(),
                properties.maxSize().toBytes());
    }
}
