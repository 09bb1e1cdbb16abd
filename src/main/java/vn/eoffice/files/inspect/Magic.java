package vn.eoffice.files.inspect;

import java.util.Arrays;

/**
 * Recognises a file by its first bytes (magic numbers); the name a user gave is never trusted for this.
 */
enum Magic {
    PDF(new byte[] { '%', 'P', 'D', 'F', '-' }),
    OLE2(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 }),
    ZIP(new byte[] { 'P', 'K', 3, 4 }),
    JPEG(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
    PNG(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }),
    TIFF_LITTLE_ENDIAN(new byte[] { 'I', 'I', 42, 0 }),
    TIFF_BIG_ENDIAN(new byte[] { 'M', 'M', 0, 42 }),
    UNKNOWN(new byte[0]);

    /** How many leading bytes {@link #of} needs. */
    static final int LENGTH = 8;

    private final byte[] signature;

    Magic(byte[] signature) {
        this.signature = signature;
    }

    static Magic of(byte[] head) {
        for (Magic magic : values()) {
            if (magic != UNKNOWN && head.length >= magic.signature.length
                    && Arrays.equals(head, 0, magic.signature.length, magic.signature, 0, magic.signature.length)) {
                return magic;
            }
        }
        return UNKNOWN;
    }

    /**
     * The allowed type of a non-ZIP file, or null. OLE2 holds both Word and Excel 97–2003 (and other formats), so
     * only there does the extension decide, and only between those two.
     */
    FileType simpleType(String extension) {
        return switch (this) {
            case PDF -> FileType.PDF;
            case JPEG -> FileType.JPEG;
            case PNG -> FileType.PNG;
            case TIFF_LITTLE_ENDIAN, TIFF_BIG_ENDIAN -> FileType.TIFF;
            case OLE2 -> FileType.DOC.namedBy(extension) ? FileType.DOC
                    : FileType.XLS.namedBy(extension) ? FileType.XLS : null;
            case ZIP, UNKNOWN -> null;
        };
    }
}
