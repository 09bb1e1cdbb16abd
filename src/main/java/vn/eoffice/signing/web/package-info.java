/**
 * Pages of the signing module: the user's own certificate, the agency key, trust anchors.
 */
package vn.eoffice.signing.web;
