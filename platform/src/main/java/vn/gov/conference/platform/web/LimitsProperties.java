package vn.gov.conference.platform.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The request body limits a service enforces itself, the gateway's by default (CONFERENCE_MAX_BODY_SIZE,
 * CONFERENCE_MAX_UPLOAD_SIZE feed both), so that a call that reaches a service directly is held to the same sizes.
 *
 * @param maxBodySize   largest body anywhere else (JSON commands, CSV imports)
 * @param maxUploadSize largest body on {@code uploadPaths}
 * @param uploadPaths   the service's file uploads (path patterns)
 */
@ConfigurationProperties("conference.limits")
public record LimitsProperties(
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("50MB") DataSize maxUploadSize,
        @DefaultValue List<String> uploadPaths) {}
