package vn.gov.conference.notification.directory;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface UnitDirectory extends MongoRepository<UnitContact, String> {

    List<UnitContact> findByProvinceOrderByUnitCodeAsc(String province);

    List<UnitContact> findAllByOrderByUnitCodeAsc();

    Page<UnitContact> findByProvince(String province, Pageable pageable);
}
