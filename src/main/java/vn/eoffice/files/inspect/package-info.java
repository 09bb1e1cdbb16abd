/**
 * What a file really is: magic-number sniffing, ZIP inspection with bomb and path guards, safe file names.
 */
package vn.eoffice.files.inspect;
