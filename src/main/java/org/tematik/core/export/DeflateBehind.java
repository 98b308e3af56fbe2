package org.tematik.core.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Passes what is written to another thread that writes it on, into the zip stream that deflates it: the
 * Evidence sheet's XML is made on one core while the other compresses (each about half the time of the write,
 * and the second core is otherwise idle by then). {@link #close()} waits for the last byte and reports its errors.
 */
final class DeflateBehind extends OutputStream {
    private static final byte[] END = new byte[0];
    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(16);
    private final Thread writer;
    private volatile IOException failed;

    DeflateBehind(OutputStream out) {
        writer = new Thread(() -> drain(out), "xlsx-deflate");
        writer.setDaemon(true);
        writer.start();
    }

    private void drain(OutputStream out) {
        try {
            for (byte[] b = queue.take(); b != END; b = queue.take()) {
                if (failed == null) {
                    try {
                        out.write(b);
                    } catch (IOException e) {
                        failed = e; // keep taking, so the producer never blocks on a full queue
                    } catch (RuntimeException e) {
                        failed = new IOException(e.getMessage(), e); // the same: a dead taker would hang the export
                    }
                }
            }
        } catch (InterruptedException e) {
            failed = new InterruptedIOException("deflating the sheet was interrupted");
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        check();
        put(Arrays.copyOfRange(b, off, off + len)); // the caller reuses its buffer
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void close() throws IOException {
        put(END);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("waiting for the sheet to be deflated");
        }
        check();
    }

    private void put(byte[] b) throws IOException {
        try {
            queue.put(b);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("writing the sheet was interrupted");
        }
    }

    private void check() throws IOException {
        if (failed != null) {
            throw failed;
        }
    }
}
