/**
 * Where the bytes live: a content-addressed store on a local disk or in S3-compatible object storage.
 */
package vn.eoffice.files.store;
