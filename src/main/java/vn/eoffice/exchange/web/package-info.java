/**
 * Pages and API of the exchange: the clerk's queue of received documents, the per-recipient status timeline of sent
 * documents, the deliveries not yet received or finished, and the administrators' peer registry.
 */
package vn.eoffice.exchange.web;
