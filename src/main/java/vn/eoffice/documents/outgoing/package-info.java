/**
 * Outgoing and internal documents (văn bản đi, nội bộ): drafts and their versions, the review circuit, signing,
 * release with the number from the outgoing register, delivery to recipients, recall.
 */
package vn.eoffice.documents.outgoing;
