package vn.gov.conference.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folder a stack keeps between runs. One stack at a time may use it: a second launcher on the same folder
 * would have the broker and the database fight over their files, so the folder is locked while in use.
 * <pre>
 * kafka/            broker configuration and log (formatted on the first start only)
 * mongo/            the database file
 * gateway/          the gateway's token signing key, so issued tokens survive a restart
 * logs/&lt;name&gt;.log  each child's output, rewritten at every start
 * link-secret       the HMAC secret of delegates' links, generated once
 * </pre>
 */
final class DataFolder implements AutoCloseable {

    private static final String LOCK_FILE = ".lock";

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataFolder(Path root, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    static DataFolder open(Path root, boolean wipeFirst) {
        try {
            Files.createDirectories(root);
            Path lockFile = root.resolve(LOCK_FILE);
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new StartupFailure("Another local stack is already using " + root
                        + ". Stop it first (Ctrl-C in its terminal), or start this one with --data <other folder>"
                        + " and --port-offset <n>.");
            }
            channel.truncate(0)
                    .write(StandardCharsets.US_ASCII.encode(
                            ProcessHandle.current().pid() + "\n"));
            DataFolder folder = new DataFolder(root, channel, lock);
            if (wipeFirst) {
                folder.wipe();
            }
            for (Path dir : new Path[] {folder.kafka(), folder.mongo(), folder.logs(), folder.gateway()}) {
                Files.createDirectories(dir);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the data folder " + root, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameJvmHoldsIt) {
            return null;
        }
    }

    Path root() {
        return root;
    }

    Path kafka() {
        return root.resolve("kafka");
    }

    Path mongo() {
        return root.resolve("mongo");
    }

    Path logs() {
        return root.resolve("logs");
    }

    Path log(String name) {
        return logs().resolve(name + ".log");
    }

    Path gateway() {
        return root.resolve("gateway");
    }

    Path gatewaySigningKey() {
        return gateway().resolve("signing-key.pem");
    }

    /** The secret delegates' links are signed with: generated on the first start, then reused. */
    String linkSecret() {
        Path file = root.resolve("link-secret");
        try {
            if (Files.exists(file)) {
                String existing =
                        Files.readString(file, StandardCharsets.US_ASCII).strip();
                if (!existing.isEmpty()) {
                    return existing;
                }
            }
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Files.writeString(file, secret + "\n", StandardCharsets.US_ASCII);
            ownerOnly(file);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file, e);
        }
    }

    private void wipe() throws IOException {
        Path lockFile = root.resolve(LOCK_FILE);
        try (Stream<Path> entries = Files.walk(root)) {
            for (Path path : entries.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(root) && !path.equals(lockFile)) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException ignored) {
            // The lock goes with the process anyway.
        }
    }
}
