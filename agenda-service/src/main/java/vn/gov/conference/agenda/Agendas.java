package vn.gov.conference.agenda;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface Agendas extends Repository<Agenda, String> {

    Optional<Agenda> findById(String planId);

    Agenda save(Agenda agenda);
}
