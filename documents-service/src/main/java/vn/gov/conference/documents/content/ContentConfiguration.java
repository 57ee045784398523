package vn.gov.conference.documents.content;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ContentProperties.class)
class ContentConfiguration {

    @Bean
    ChunkBuffers chunkBuffers(ContentProperties properties) {
        return new ChunkBuffers(properties.uploadBuffers(), ContentStore.CHUNK_SIZE, properties.uploadBufferWait());
    }

    @Bean
    ContentStore contentStore(MongoDatabaseFactory databases, ContentProperties properties, ChunkBuffers buffers) {
        return new ContentStore(
                databases.getMongoDatabase(),
                properties.bucket(),
                properties.maxSize().toBytes(),
                buffers);
    }
}
