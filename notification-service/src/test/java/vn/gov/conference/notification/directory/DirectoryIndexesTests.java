package vn.gov.conference.notification.directory;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.conference.notification.QueryIndexes.anyUnique;
import static vn.gov.conference.notification.QueryIndexes.serving;
import static vn.gov.conference.notification.QueryIndexes.unknownKeys;

class DirectoryIndexesTests {

    @Test
    void servesAProvincesUnitsInCodeOrder() {
        assertThat(serving(DirectoryIndexes.declared(), Set.of("province"), "_id")).isEqualTo("directory_province");
        assertThat(anyUnique(DirectoryIndexes.declared())).isFalse();
    }

    @Test
    void namesOnlyFieldsTheDocumentsHave() {
        assertThat(unknownKeys(DirectoryIndexes.declared(), UnitContact.class)).isEmpty();
    }
}
