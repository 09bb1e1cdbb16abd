/**
 * Shared platform: web layout, error handling, i18n, time, common value types. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform",
        allowedDependencies = {})
package vn.eoffice.platform;
