/**
 * Uploaded files (tệp đính kèm): a content-addressed binary store, type checking from content, ZIP-bomb guards,
 * integrity on read and text extraction for search. Other modules keep a file by its id and read it through
 * {@link vn.eoffice.files.FileStorage}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Files",
        allowedDependencies = { "platform", "audit", "identity" })
package vn.eoffice.files;
