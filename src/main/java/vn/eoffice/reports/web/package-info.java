/**
 * The home dashboard.
 */
package vn.eoffice.reports.web;
