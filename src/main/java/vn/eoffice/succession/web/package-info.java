/** The succession pages ({@code /succession}) and API ({@code /api/v1/succession}). */
package vn.eoffice.succession.web;
