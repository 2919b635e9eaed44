package io.socialhire.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Classpath text the engine reads, and the content hashes that bind it to a rubric version: a version names every
 * resource it uses with its SHA-256, and loading fails when the bytes differ, so editing a file can never silently
 * change a published version.
 */
public final class Resources {
    private Resources() {
    }

    /** Reads a classpath resource as UTF-8 text; throws IllegalArgumentException when it does not exist. */
    public static String read(String resource) {
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("resource not found: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a resource bound to a rubric version and checks its hash.
     *
     * @throws IllegalStateException when the content is not what the version was published with
     */
    public static String readBound(String resource, String sha256) {
        String text = read(resource);
        String actual = sha256(text);
        if (!actual.equals(sha256)) {
            throw new IllegalStateException("resource " + resource + " has sha256 " + actual + " but its rubric version was"
                    + " published with " + sha256 + "; a published version never changes: publish a new version instead");
        }
        return text;
    }

    /** Reads a binary classpath resource; throws IllegalArgumentException when it does not exist. */
    public static byte[] readBytes(String resource) {
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("resource not found: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a bound resource as bytes and checks its hash: binary resources ({@code .bin}) hash their bytes as they
     * are, text resources hash with line endings normalized.
     *
     * @throws IllegalStateException when the content is not what the version was published with
     */
    public static byte[] readBoundBytes(String resource, String sha256) {
        if (!resource.endsWith(".bin")) {
            return readBound(resource, sha256).getBytes(StandardCharsets.UTF_8);
        }
        byte[] bytes = readBytes(resource);
        String actual = sha256(bytes);
        if (!actual.equals(sha256)) {
            throw new IllegalStateException("resource " + resource + " has sha256 " + actual + " but its rubric version was"
                    + " published with " + sha256 + "; a published version never changes: publish a new version instead");
        }
        return bytes;
    }

    /** SHA-256 (hex) of raw bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** SHA-256 (hex) of the text with line endings normalized to LF, so a checkout's line endings do not matter. */
    public static String sha256(String text) {
        return sha256(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
    }
}
