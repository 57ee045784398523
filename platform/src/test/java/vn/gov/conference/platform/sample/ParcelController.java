package vn.gov.conference.platform.sample;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.security.Role;
import vn.gov.conference.platform.web.NotFoundException;

@RestController
class ParcelController {

    private final Parcels parcels;

    ParcelController(Parcels parcels) {
        this.parcels = parcels;
    }

    record NewParcel(@NotBlank String title, @Min(1) int seats, LocalDate day) {
    }

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
