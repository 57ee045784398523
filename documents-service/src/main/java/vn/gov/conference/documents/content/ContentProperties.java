package vn.gov.conference.documents.content;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxSize     the largest file a submission may be
 * @param bucket      the GridFS bucket the files go to
 * @param orphanGrace      how old an unrecorded file must be before the sweeper deletes it: longer than any upload
 *                         takes to be recorded once its bytes are stored
 * @param uploadBuffers    chunk buffers (255 kB each, allocated at start) shared by the uploads of this process: as
 *                         many uploads can run at once, a quarter as many at full speed ({@link ChunkBuffers})
 * @param uploadBufferWait how long an upload waits for its first buffer before it is refused with 503 and
 *                         Retry-After
 */
@ConfigurationProperties("documents.content")
public record ContentProperties(
        @DefaultValue("200MB") DataSize maxSize,
        @DefaultValue("materials") String bucket,
        @DefaultValue("1h") Duration orphanGrace,
        @DefaultValue("48") int uploadBuffers,
        @DefaultValue("30s") Duration uploadBufferWait) {}
