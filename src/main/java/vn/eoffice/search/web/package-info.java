/**
 * The search page (the layout's search box lands here), the search API and the administrator's re-index screen.
 */
package vn.eoffice.search.web;
