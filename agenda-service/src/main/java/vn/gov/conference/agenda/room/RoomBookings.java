package vn.gov.conference.agenda.room;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface RoomBookings extends Repository<Booking, String> {

    Booking save(Booking booking);

    Optional<Booking> findById(String planId);

    void deleteById(String planId);

    List<Booking> findByProvinceAndRoom(String province, RoomKey room);

    List<Booking> findByProvince(String province);

    List<Booking> findAll();
}
