/**
 * Administrators browse and filter the audit log and verify its chain, in the browser and through the API.
 */
package vn.eoffice.audit.web;
