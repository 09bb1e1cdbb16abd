/**
 * Append-only, hash-chained audit log (nhật ký hệ thống): every change is recorded in the same transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit",
        allowedDependencies = { "platform" })
package vn.eoffice.audit;
