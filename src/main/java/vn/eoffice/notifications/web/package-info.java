/**
 * Notification list, e-mail choices, the live counter stream, the badge count for every page, and the API.
 */
package vn.eoffice.notifications.web;
