/**
 * Study pages (/study) and API (/api/v1/study): programmes, committees, materials, the conference, figures and their
 * exports; rosters, learners, attendance and reflections.
 */
package vn.eoffice.study.web;
