/**
 * Outgoing and internal documents (văn bản đi, nội bộ): drafts and their versions, the review circuit, signing,
 * release with the number from the outgoing register, delivery to recipients, recall.
 */
@org.springframework.modulith.NamedInterface("outgoing")
package vn.eoffice.documents.outgoing;
