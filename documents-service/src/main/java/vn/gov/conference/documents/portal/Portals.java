package vn.gov.conference.documents.portal;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface Portals extends Repository<Portal, String> {

    Portal save(Portal portal);

    Optional<Portal> findById(String planId);
}
