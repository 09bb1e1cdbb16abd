/**
 * Printable registers (Decree 30 register columns) and the PDF and XLSX writers shared with case files.
 */
package vn.eoffice.documents.exports;
