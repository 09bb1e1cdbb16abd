/**
 * Task screens (lists, calendar, assignment, detail with progress, extension, completion and acceptance forms) and
 * the REST API under {@code /api/v1/tasks}; both go through the same facades and the same access rule.
 */
package vn.eoffice.tasks.web;
