package vn.eoffice.files;

import vn.eoffice.platform.DomainException;

/**
 * The stored bytes no longer match the SHA-256 recorded at upload (or are gone): the file must not be trusted.
 */
public class CorruptedFileException extends DomainException {

    public CorruptedFileException(String sha256) {
        super("files.corrupted", sha256.substring(0, Math.min(12, sha256.length())));
    }
}
