package org.tematik.core.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Originals as files in the project folder's sources/ (H2 projects). */
public final class FileOriginals implements OriginalStore {
    private final Path dir;
    private final UnaryOperator<byte[]> seal;

    /** {@code seal} turns the bytes into what is written: identity, or encryption in an encrypted project. */
    public FileOriginals(Path dir, UnaryOperator<byte[]> seal) {
        this.dir = dir;
        this.seal = seal;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public String store(String fileName, byte[] bytes) {
        Path target = dir.resolve(fileName);
        try {
            Files.createDirectories(dir);
            if (!Files.exists(target)) {
                Path tmp = Files.createTempFile(dir, fileName, ".part");
                Files.write(tmp, seal.apply(bytes));
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.getFileName() + "/" + fileName;
    }

    @Override
    public Optional<byte[]> read(String reference) {
        try {
            return Optional.of(Files.readAllBytes(dir.resolve(OriginalStore.fileName(reference))));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
