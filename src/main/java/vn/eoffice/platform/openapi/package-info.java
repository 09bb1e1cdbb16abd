/**
 * The published OpenAPI description of {@code /api/v1}, completed in one place rather than on each of the
 * operations: security schemes, problem details on every error, real success codes, operation ids, constraints as
 * they are enforced.
 */
package vn.eoffice.platform.openapi;
