/**
 * Pages and the REST API of meetings, rooms, calendars and conferences.
 */
package vn.eoffice.meetings.web;
