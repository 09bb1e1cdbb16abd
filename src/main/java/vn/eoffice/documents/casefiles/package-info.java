/**
 * Case files (hồ sơ): the agency's yearly file list (danh mục hồ sơ), the documents kept in each file, closing and
 * reopening, and the export of a file's document index (mục lục văn bản).
 */
package vn.eoffice.documents.casefiles;
