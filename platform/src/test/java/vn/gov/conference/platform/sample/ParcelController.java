package vn.gov.conference.platform.sample;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.conference.platform.paging.Page;
import vn.gov.conference.platform.paging.Paging;
import vn.gov.conference.platform.render.RenderSlots;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.security.Role;
import vn.gov.conference.platform.web.NotFoundException;

@RestController
class ParcelController {

    private final Parcels parcels;
    private final RenderSlots renders;

    ParcelController(Parcels parcels, RenderSlots renders) {
        this.parcels = parcels;
        this.renders = renders;
    }

    /** 45 numbered labels, a page at a time: the shared paging contract on a list held whole. */
    @GetMapping("/api/parcels/labels")
    Page<String> labels(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE_TEXT) int size,
            Caller caller) {
        List<String> all =
                IntStream.rangeClosed(1, 45).mapToObj(i -> "label-" + i).toList();
        return Page.of(all, Paging.of(page, size));
    }

    /** A render that takes one of the instance's render slots. */
    @GetMapping("/api/parcels/{id}/label.pdf")
    Map<String, Object> render(@PathVariable String id, Caller caller) {
        return renders.render("label", () -> Map.of("id", id));
    }

    record NewParcel(@NotBlank String title, @Min(1) int seats, LocalDate day) {}

    @PostMapping("/api/parcels")
    Map<String, Object> create(@Valid @RequestBody NewParcel body, Caller caller) {
        caller.checkRole(Role.OFFICE);
        Parcel parcel = parcels.save(Parcel.create(caller.province()));
        return Map.of("id", parcel.id(), "province", parcel.province());
    }

    @GetMapping("/api/parcels/{id}")
    Map<String, Object> read(@PathVariable String id, Caller caller) {
        Parcel parcel = parcels.findById(id).orElseThrow(() -> new NotFoundException("Parcel " + id));
        caller.checkCanRead(parcel.province(), "Parcel " + id);
        return Map.of("id", parcel.id(), "province", parcel.province());
    }
}
