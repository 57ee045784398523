package vn.gov.conference.gateway.routing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.http.client.ClientHttpRequest;

/**
 * A proxy request that wraps another and stays streaming (a plain {@code ClientHttpRequest} would make RestClient
 * buffer the body): everything but what the wrapper changes is the wrapped request's.
 */
interface ForwardingRequest extends ClientHttpRequest, StreamingHttpOutputMessage {

    /** The wrapped request. */
    ClientHttpRequest request();

    @Override
    default OutputStream getBody() throws IOException {
        return request().getBody();
    }

    @Override
    default HttpHeaders getHeaders() {
        return request().getHeaders();
    }

    @Override
    default HttpMethod getMethod() {
        return request().getMethod();
    }

    @Override
    default URI getURI() {
        return request().getURI();
    }

    @Override
    default Map<String, Object> getAttributes() {
        return request().getAttributes();
    }
}
