/**
 * Administration screens and REST API of the organisation: agencies, units, terms, the dated tree with its lineage,
 * and the address book.
 */
package vn.eoffice.organization.web;
