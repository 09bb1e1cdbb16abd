package vn.eoffice.files;

import java.io.OutputStream;

/** Discards bytes that only had to be read to be checked. */
final class OutputStreamDiscard extends OutputStream {

    static final OutputStreamDiscard INSTANCE = new OutputStreamDiscard();

    @Override
    public void write(int b) {
    }

    @Override
    public void write(byte[] b, int off, int len) {
    }
}
