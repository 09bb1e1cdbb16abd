/** Study pages (/study) and API (/api/v1/study): programmes, committees, figures and their exports. */
package vn.eoffice.study.web;
