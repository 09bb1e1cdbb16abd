/**
 * Pages and API of the documents module: inboxes, registration of incoming documents, document page.
 */
package vn.eoffice.documents.web;
