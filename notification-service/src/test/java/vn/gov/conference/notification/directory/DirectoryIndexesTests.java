package vn.gov.conference.notification.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.conference.notification.QueryIndexes.anyUnique;
import static vn.gov.conference.notification.QueryIndexes.serving;
import static vn.gov.conference.notification.QueryIndexes.unknownKeys;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectoryIndexesTests {

    @Test
    void servesAProvincesUnitsInCodeOrder() {
        assertThat(serving(DirectoryIndexes.declared(), Set.of("province"), "_id"))
                .isEqualTo("directory_province");
        assertThat(anyUnique(DirectoryIndexes.declared())).isFalse();
    }

    @Test
    void namesOnlyFieldsTheDocumentsHave() {
        assertThat(unknownKeys(DirectoryIndexes.declared(), UnitContact.class)).isEmpty();
    }
}
