/**
 * Monitoring pages and API.
 */
package vn.eoffice.monitoring.web;
