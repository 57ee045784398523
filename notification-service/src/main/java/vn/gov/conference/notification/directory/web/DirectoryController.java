package vn.gov.conference.notification.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.conference.notification.directory.DirectoryCsv;
import vn.gov.conference.notification.directory.DirectoryService;
import vn.gov.conference.notification.directory.UnitContact;
import vn.gov.conference.notification.web.CsvBodies;
import vn.gov.conference.platform.paging.Page;
import vn.gov.conference.platform.paging.Paging;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.web.NotFoundException;

@RestController
@Tag(name = "Unit directory", description = "Where each unit receives its invitations")
class DirectoryController {

    private final DirectoryService directory;

    DirectoryController(DirectoryService directory) {
        this.directory = directory;
    }

    record EntryRequest(
            @Nullable String unitName,
            @NotBlank @Email String email,
            @Nullable String contactName,
            @Nullable String phone) {}

    record ImportView(int imported, List<UnitContact> entries) {}

    @GetMapping("/api/directory")
    @Operation(summary = "The caller's province's units (the central agency: every province, or ?province=)")
    Page<UnitContact> list(
            @RequestParam(required = false) String province,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE_TEXT) int size,
            Caller caller) {
        Paging paging = Paging.of(page, size);
        return directory.list(DirectoryAccess.listedProvince(caller, province), paging);
    }

    @GetMapping("/api/directory/{unitCode}")
    UnitContact read(@PathVariable String unitCode, Caller caller) {
        UnitContact contact = directory.find(unitCode).orElseThrow(() -> new NotFoundException("Unit " + unitCode));
        DirectoryAccess.checkCanRead(caller, contact);
        return contact;
    }

    @PutMapping("/api/directory/{unitCode}")
    @Operation(summary = "Set a unit's contact; seat quotas waiting for its address are sent at once")
    UnitContact put(@PathVariable String unitCode, @Valid @RequestBody EntryRequest body, Caller caller) {
        DirectoryAccess.checkCanWrite(caller);
        directory.find(unitCode).ifPresent(existing -> DirectoryAccess.checkCanReplace(caller, existing));
        return directory.put(new UnitContact(
                unitCode, body.unitName(), caller.province(), body.email(), body.contactName(), body.phone()));
    }

    @PostMapping(
            path = "/api/directory/import",
            consumes = {"text/csv", "text/plain"})
    @Operation(
            summary = "Import the province's unit contacts from CSV (all lines or none)",
            description = "Columns: code, name, province, email, contactName, phone.")
    ImportView importCsv(
            @RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType, Caller caller) {
        DirectoryAccess.checkCanWrite(caller);
        List<UnitContact> contacts = DirectoryCsv.parse(CsvBodies.text(body, contentType), caller.province());
        for (UnitContact contact : contacts) {
            directory.find(contact.unitCode()).ifPresent(existing -> DirectoryAccess.checkCanReplace(caller, existing));
        }
        List<UnitContact> saved = directory.importAll(contacts);
        return new ImportView(saved.size(), saved);
    }
}
