package org.virtualhall.approval.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.virtualhall.approval.system.ApprovalProperties;

/**
 * {@code initial-passwords.txt} in the data directory: one {@code username<TAB>password} line per account
 * issued a password at start. Only the owner may read it, from the moment it exists: it is created
 * rw------- beside the old one and then moved over it.
 */
@Component
public class InitialPasswordFile {

    public static final String NAME = "initial-passwords.txt";

    private static final String HEADER = """
            # 审批系统各账户的初始密码（启动时随机生成，仅本文件记录，系统只保存其散列值）。
            # Initial passwords of the approval console, generated at start; the system keeps only their hashes.
            # 每个密码仅在首次登录前有效：首次登录后必须修改。Each is valid until first login, which forces a change.
            # 密码发放完毕后可删除本文件，系统不再需要它。Once handed out, delete this file: the system never reads it.
            # 用户名<TAB>密码 / username<TAB>password
            """;

    private static final Logger log = LoggerFactory.getLogger(InitialPasswordFile.class);

    private final Path file;

    InitialPasswordFile(ApprovalProperties properties) {
        this.file = Path.of(properties.dataDir()).toAbsolutePath().resolve(NAME);
    }

    public Path path() {
        return file;
    }

    /**
     * Writes the file with these passwords (username to password, in the map's order). Only a store's first
     * start issues passwords; a file found then is left from a store that is gone (its passwords log in
     * nowhere) and is replaced.
     */
    void write(Map<String, String> passwords) {
        StringBuilder text = new StringBuilder(HEADER);
        passwords.forEach((username, password) -> text.append(username).append('\t').append(password).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file)) {
                log.warn("replacing {}: it lists the passwords of a store that is gone", file);
            }
            Path draft = file.resolveSibling(NAME + ".new");
            Files.deleteIfExists(draft);
            Files.createFile(draft, ownerOnly());
            Files.writeString(draft, text, StandardCharsets.UTF_8);
            Files.move(draft, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the initial passwords to " + file, e);
        }
    }

    private FileAttribute<?>[] ownerOnly() {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            log.warn("{} is on a file system without POSIX permissions: restrict who may read it by hand", file);
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    }
}
