/**
 * The "Tệp của tôi" page, downloads and the files REST API.
 */
package vn.eoffice.files.web;
