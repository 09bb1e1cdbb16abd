package vn.eoffice.documents.outgoing;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutgoingRecords extends JpaRepository<OutgoingRecord, Long> {
}
