package org.tematik.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Evidence sheet's bytes pass through another thread: all of them, in order, and its errors come back. */
class DeflateBehindTest {
    @TempDir
    Path dir;

    @Test
    void everyByteArrivesInOrderThoughTheWriterReusesItsBuffer() throws Exception {
        byte[] data = new byte[3_000_000];
        new Random(6).nextBytes(data);
        Path file = dir.resolve("out.bin");
        try (OutputStream out = Files.newOutputStream(file); DeflateBehind behind = new DeflateBehind(out)) {
            byte[] buf = new byte[65_536];
            for (int at = 0; at < data.length; at += buf.length) {
                int n = Math.min(buf.length, data.length - at);
                System.arraycopy(data, at, buf, 0, n);
                behind.write(buf, 0, n);
            }
            behind.write(7);
        }
        byte[] written = Files.readAllBytes(file);
        assertThat(written).hasSize(data.length + 1);
        assertThat(java.util.Arrays.copyOf(written, data.length)).isEqualTo(data);
        assertThat(written[data.length]).isEqualTo((byte) 7);
    }

    @Test
    void aFailedWriteIsReportedToTheWriterAndNeverBlocksIt() throws Exception {
        OutputStream closed = Files.newOutputStream(dir.resolve("closed.bin"));
        closed.close();
        DeflateBehind behind = new DeflateBehind(closed);
        assertThatThrownBy(() -> {
            for (int i = 0; i < 1_000; i++) { // far more than the queue holds
                behind.write(new byte[65_536], 0, 65_536);
            }
            behind.close();
        }).isInstanceOf(IOException.class);
    }

    /** A stream that fails with an unchecked exception (as a zip stream can) must not leave the writer blocked. */
    @Test
    @org.junit.jupiter.api.Timeout(30) // a hang guard, not a speed check: without the fix the writer blocks for ever
    void anUncheckedFailureIsReportedTooAndNeverBlocksTheWriter() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) {
                throw new IllegalStateException("entry closed");
            }

            @Override
            public void write(byte[] b, int off, int len) {
                throw new IllegalStateException("entry closed");
            }
        };
        DeflateBehind behind = new DeflateBehind(broken);
        assertThatThrownBy(() -> {
            for (int i = 0; i < 1_000; i++) { // far more than the queue holds
                behind.write(new byte[65_536], 0, 65_536);
            }
            behind.close();
        }).isInstanceOf(IOException.class).hasMessageContaining("entry closed");
    }
}
