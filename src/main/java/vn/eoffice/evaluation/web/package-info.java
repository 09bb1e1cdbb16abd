/** Evaluation pages (/evaluation) and API (/api/v1/evaluation). */
package vn.eoffice.evaluation.web;
