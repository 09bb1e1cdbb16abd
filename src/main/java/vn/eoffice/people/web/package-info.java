/**
 * People pages and API.
 */
package vn.eoffice.people.web;
