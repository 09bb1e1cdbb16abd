/**
 * Pages of the shell itself: the home dashboard.
 */
package vn.eoffice.platform.web;
