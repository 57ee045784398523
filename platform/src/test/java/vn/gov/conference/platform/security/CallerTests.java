package vn.gov.conference.platform.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.gov.conference.platform.web.ForbiddenException;
import vn.gov.conference.platform.web.NotFoundException;

class CallerTests {

    private final Caller office = new Caller("tg-office", Role.OFFICE, "tien-giang", "TG-VPUBND");
    private final Caller central = new Caller("central", Role.CENTRAL, null, "BNV");
    private final Caller department = new Caller("tg-snv", Role.DEPARTMENT, "tien-giang", "TG-SNV");

    @Test
    void readsItsOwnProvinceAndCentralReadsAll() {
        assertThatCode(() -> office.checkCanRead("tien-giang", "Plan")).doesNotThrowAnyException();
        assertThatCode(() -> central.checkCanRead("dong-thap", "Plan")).doesNotThrowAnyException();
        assertThatThrownBy(() -> office.checkCanRead("dong-thap", "Plan")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void centralWritesNothingOfAProvinceAndRolesAreChecked() {
        assertThatCode(() -> office.checkCanWrite("tien-giang", "Plan", Role.OFFICE))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> central.checkCanWrite("tien-giang", "Plan", Role.OFFICE, Role.CENTRAL))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> department.checkCanWrite("tien-giang", "Plan", Role.OFFICE))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> office.checkCanWrite("dong-thap", "Plan", Role.OFFICE))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDepartmentTouchesOnlyItsOwnUnitsItems() {
        assertThatCode(() -> department.checkOwnUnit("TG-SNV")).doesNotThrowAnyException();
        assertThatCode(() -> office.checkOwnUnit("TG-SNV")).doesNotThrowAnyException();
        assertThatThrownBy(() -> department.checkOwnUnit("TG-SKHDT")).isInstanceOf(ForbiddenException.class);
    }
}
