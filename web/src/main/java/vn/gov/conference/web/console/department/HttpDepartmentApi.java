package vn.gov.conference.web.console.department;

import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.gov.conference.web.console.ConsoleHttp;

@Component
class HttpDepartmentApi implements DepartmentApi {

    private final ConsoleHttp http;

    HttpDepartmentApi(ConsoleHttp http) {
        this.http = http;
    }

    /** Every page: a department's page lists all it owes, and a plan has tens of requests, not thousands. */
    @Override
    public List<MaterialRequest> requests(String planId) {
        return http.all(MaterialRequest.class, "/api/plans/{id}/material-requests", Map.of("id", planId), 1_000);
    }

    @Override
    public MaterialRequest request(String requestId) {
        return http.get(MaterialRequest.class, "/api/material-requests/{id}", Map.of("id", requestId))
                .getBody();
    }

    @Override
    public MaterialRequest.History history(String documentId) {
        return http.get(MaterialRequest.History.class, "/api/documents/{id}", Map.of("id", documentId))
                .getBody();
    }

    /** The file goes as it came, its name and declared type kept: the API recognises the type from the bytes. */
    @Override
    public MaterialRequest.Version submit(String requestId, MultipartFile file) {
        return http.upload(
                        MaterialRequest.Version.class,
                        "/api/material-requests/{id}/submissions",
                        Map.of("id", requestId),
                        "file",
                        file.getOriginalFilename() == null ? "tai-lieu" : file.getOriginalFilename(),
                        file.getContentType() == null
                                ? MediaType.APPLICATION_OCTET_STREAM_VALUE
                                : file.getContentType(),
                        file)
                .getBody();
    }
}
