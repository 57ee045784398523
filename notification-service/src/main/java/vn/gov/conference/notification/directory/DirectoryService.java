package vn.gov.conference.notification.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import vn.gov.conference.platform.paging.Page;
import vn.gov.conference.platform.paging.Paging;
import vn.gov.conference.platform.text.VietnameseText;

/**
 * The unit directory: where each unit receives invitations. Seeded with the demo units of both provinces when a unit
 * is not there yet (an office's own edits are never overwritten); offices keep their own province's entries.
 */
@Service
public class DirectoryService implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DirectoryService.class);
    private static final String SEED = "directory/units.csv";
    private static final List<String> OFFICE_NAMES = List.of("van phong uy ban nhan dan", "van phong ubnd");

    private final UnitDirectory directory;
    private final List<UnitAddressListener> listeners;

    DirectoryService(UnitDirectory directory, List<UnitAddressListener> listeners) {
        this.directory = directory;
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void run(ApplicationArguments args) {
        String csv;
        try (InputStream in = new ClassPathResource(SEED).getInputStream()) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        int added = 0;
        for (UnitContact contact : DirectoryCsv.parse(csv, null)) {
            if (!directory.existsById(contact.unitCode())) {
                directory.save(contact);
                added++;
            }
        }
        log.info("Unit directory: {} demo units added", added);
    }

    public Optional<String> emailOf(String unitCode) {
        return unitCode == null
                ? Optional.empty()
                : directory.findById(unitCode).map(UnitContact::email);
    }

    public Optional<UnitContact> find(String unitCode) {
        return directory.findById(unitCode);
    }

    /**
     * The office that organises a province's conferences (Văn phòng UBND tỉnh), whom delegates ask to change an
     * answer: the province's directory entry named so, when the directory has one.
     */
    public Optional<UnitContact> organisingOffice(String province) {
        return province == null
                ? Optional.empty()
                : directory.findByProvinceOrderByUnitCodeAsc(province).stream()
                        .filter(contact -> OFFICE_NAMES.stream()
                                .anyMatch(name ->
                                        VietnameseText.fold(contact.unitName()).startsWith(name)))
                        .findFirst();
    }

    /** A page of the directory (of one province, or every one), by unit code: the id, so the order is stable. */
    public Page<UnitContact> list(String province, Paging paging) {
        Pageable pageable = paging.pageable(Sort.by("unitCode"));
        return Page.of(
                province == null ? directory.findAll(pageable) : directory.findByProvince(province, pageable), paging);
    }

    /** Stores an entry; invitations waiting for this unit's address are sent now. */
    public UnitContact put(UnitContact contact) {
        UnitContact saved = directory.save(contact);
        listeners.forEach(listener -> listener.unitStored(saved));
        return saved;
    }

    /** Stores every entry of an import (already checked as a whole). */
    public List<UnitContact> importAll(List<UnitContact> contacts) {
        return contacts.stream().map(this::put).toList();
    }
}
