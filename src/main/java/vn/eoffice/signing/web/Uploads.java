package vn.eoffice.signing.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.web.multipart.MultipartFile;

import vn.eoffice.platform.DomainException;

final class Uploads {

    static final long MAX_KEY_FILE = 100 * 1024;
    static final long MAX_IMAGE = 2 * 1024 * 1024;

    private Uploads() {
    }

    static byte[] bytes(MultipartFile file, long max, String tooLargeKey) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        if (file.getSize() > max) {
            throw new DomainException(tooLargeKey);
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static char[] password(String password) {
        return password == null ? null : password.toCharArray();
    }
}
