/**
 * The address book of external agencies as a CSV file: parsing, validation row by row, import and export.
 */
package vn.eoffice.organization.addressbook;
