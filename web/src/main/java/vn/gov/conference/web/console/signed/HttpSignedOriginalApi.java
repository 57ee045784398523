package vn.gov.conference.web.console.signed;

import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.gov.conference.web.api.ApiRefusal;
import vn.gov.conference.web.console.ConsoleHttp;

@Component
class HttpSignedOriginalApi implements SignedOriginalApi {

    private final ConsoleHttp http;

    HttpSignedOriginalApi(ConsoleHttp http) {
        this.http = http;
    }

    @Override
    public Optional<SignedOriginal> find(String planId) {
        try {
            return Optional.ofNullable(
                    http.get(SignedOriginal.class, "/api/plans/{id}/signed-original", Map.of("id", planId))
                            .getBody());
        } catch (ApiRefusal refusal) {
            if (refusal.status() == 404) {
                return Optional.empty();
            }
            throw refusal;
        }
    }

    /** The file goes as it came, its name and declared type kept: the API recognises a PDF from the bytes. */
    @Override
    public SignedOriginal attach(String planId, MultipartFile file) {
        return http.upload(
                        SignedOriginal.class,
                        "/api/plans/{id}/signed-original",
                        Map.of("id", planId),
                        "file",
                        file.getOriginalFilename() == null ? "ban-goc.pdf" : file.getOriginalFilename(),
                        file.getContentType() == null ? MediaType.APPLICATION_PDF_VALUE : file.getContentType(),
                        file)
                .getBody();
    }

    @Override
    public void content(String planId, ConsoleHttp.Download sink) {
        http.download("/api/plans/{id}/signed-original/content", Map.of("id", planId), sink);
    }
}
