/**
 * Users, roles, login, password policy, sessions, API tokens and absence delegation; answers for every other module
 * "may this user see or do this to that object?" ({@link vn.eoffice.identity.AccessControl}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
        allowedDependencies = { "audit", "organization", "platform" })
package vn.eoffice.identity;
