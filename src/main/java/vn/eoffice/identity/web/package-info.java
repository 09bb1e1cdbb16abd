/**
 * Login page, profile, administration of users and delegations, and the identity API.
 */
package vn.eoffice.identity.web;
