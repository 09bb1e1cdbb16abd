/** Study pages (/study) and API (/api/v1/study). */
package vn.eoffice.study.web;
