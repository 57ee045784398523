package vn.gov.conference.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

/** The stand-in's index keys keep H2's order (index files written before stay readable), serialized once each. */
class IndexKeyOrderTests {

    @Test
    void ordersKeysExactlyAsH2DoesWhateverTheirValues() {
        List<KeyValue> keys = new ArrayList<>();
        for (Object value :
                List.of("plan-1", "plan-10", "plan-2", "Đà Nẵng", "", 1, 2, 10, -3, 2.5, true, List.of("a", 1))) {
            keys.add(new KeyValue(value));
            keys.add(new KeyValue(value, "material_requests/" + value));
        }
        ObjectDataType h2 = new ObjectDataType();
        IndexKeyOrder ours = new IndexKeyOrder();

        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                assertThat(Integer.signum(ours.compare(a, b)))
                        .as("%s vs %s", a, b)
                        .isEqualTo(Integer.signum(h2.compare(a, b)));
                // A second time from the kept bytes, and with an equal key that is another instance.
                assertThat(Integer.signum(ours.compare(a, b))).isEqualTo(Integer.signum(h2.compare(a, b)));
                assertThat(ours.compare(a, new KeyValue(toArray(a)))).isZero();
            }
        }
    }

    private static Object[] toArray(KeyValue key) {
        List<Object> values = new ArrayList<>();
        key.forEach(values::add);
        return values.toArray();
    }
}
