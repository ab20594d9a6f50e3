package dev.nnscript.dsl.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Who may replace an existing file, and what the new file keeps of the old one. A replacement is a
 * new file renamed over the old, so without care it would take the writer's owner, group and
 * default mode: a root save would turn a user's file into root's, another user's save would take
 * the file over, and a read-only file would be rewritten as if writable.
 */
public final class FilePermissions {

    private static final Set<PosixFilePermission> WRITE_BITS = Set.of(PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private FilePermissions() {}

    /**
     * The existing file's attributes, after checking that this user may replace it: it must be
     * writable for this user and have some write permission at all (root may write anything, but a
     * file nobody may write was made read-only on purpose, and root's save is refused too, as editors
     * warn). Null for a new file or a file system without POSIX attributes.
     */
    public static PosixFileAttributes checkReplaceable(Path file) throws IOException {
        PosixFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException newFile) {
            return null;
        } catch (UnsupportedOperationException notPosix) {
            if (Files.exists(file) && !Files.isWritable(file)) {
                throw new AccessDeniedException(file.toString());
            }
            return null;
        }
        if (attributes.permissions().stream().noneMatch(WRITE_BITS::contains)) {
            throw new FileSystemException(file.toString(), null, "the file is read-only ("
                    + PosixFilePermissions.toString(attributes.permissions()) + "); make it writable first"
                    + " (chmod u+w) if it should be replaced");
        }
        if (!Files.isWritable(file)) {
            throw new AccessDeniedException(file.toString());
        }
        return attributes;
    }

    /**
     * Gives {@code replacement} the owner, group and permissions of the file it replaces, in that
     * order (changing the owner clears some mode bits). A user who cannot do that (another user's
     * file, or a group the user is not in) is refused rather than left owning the file.
     *
     * @param existing what {@link #checkReplaceable} returned; null for nothing to keep
     */
    static void keep(PosixFileAttributes existing, Path file, Path replacement) throws IOException {
        if (existing == null) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(replacement, PosixFileAttributeView.class);
        PosixFileAttributes made = view.readAttributes();
        if (!made.owner().equals(existing.owner())) {
            try {
                view.setOwner(existing.owner());
            } catch (FileSystemException notAllowed) {
                throw new FileSystemException(file.toString(), null, "it belongs to " + existing.owner().getName()
                        + ", and a replacement written by " + made.owner().getName() + " would belong to "
                        + made.owner().getName() + "; write to a file of your own");
            }
        }
        if (!made.group().equals(existing.group())) {
            try {
                view.setGroup(existing.group());
            } catch (FileSystemException notAllowed) {
                throw new FileSystemException(file.toString(), null, "its group is " + existing.group().getName()
                        + ", which a replacement written by " + made.owner().getName() + " cannot keep;"
                        + " write to another file");
            }
        }
        view.setPermissions(existing.permissions());
    }
}
