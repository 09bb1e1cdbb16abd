package vn.eoffice.documents.exports;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import vn.eoffice.documents.Document;

/** Read access to the {@code document} table for registers and case files; always filtered by the access rule. */
interface DocumentRecords extends JpaRepository<Document, Long>, JpaSpecificationExecutor<Document> {
}
