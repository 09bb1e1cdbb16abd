package vn.eoffice.files.inspect;

import java.io.OutputStream;

/** Discards bytes that only had to be read (and counted). */
final class OutputStreamSink extends OutputStream {

    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {
    }

    @Override
    public void write(byte[] b, int off, int len) {
    }
}
