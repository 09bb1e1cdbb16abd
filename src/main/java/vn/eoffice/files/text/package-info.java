/**
 * Plain text out of PDF, DOCX and ODT files for search, with hardened parsers.
 */
package vn.eoffice.files.text;
