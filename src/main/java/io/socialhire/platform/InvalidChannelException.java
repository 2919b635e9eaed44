package io.socialhire.platform;

/**
 * A declared channel failed validation. {@link #getMessage()} is a human message safe to return to API clients
 * (no regexes, no class names); {@link #field()} is {@code "platform"}, {@code "handle"} or {@code "url"}.
 */
public class InvalidChannelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final String FIELD_PLATFORM = "platform";
    public static final String FIELD_HANDLE = "handle";
    public static final String FIELD_URL = "url";

    private final String field;

    public InvalidChannelException(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
