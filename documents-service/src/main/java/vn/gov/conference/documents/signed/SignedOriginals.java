package vn.gov.conference.documents.signed;

import org.springframework.data.repository.CrudRepository;

interface SignedOriginals extends CrudRepository<SignedOriginal, String> {}
