package dev.muster.platform.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writing key material so that only the server's own user can ever read it. */
final class KeyFiles {

    private KeyFiles() {
    }

    /**
     * Writes {@code content} to {@code path} through a temporary file created with mode 600, then
     * moved into place: the key is never readable by others, not even for a moment.
     */
    static void writeOwnerOnly(Path path, String content) throws IOException {
        Files.createDirectories(path.toAbsolutePath().getParent());
        Path temp = path.resolveSibling(path.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(temp, content, StandardCharsets.US_ASCII);
        Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE);
    }
}
