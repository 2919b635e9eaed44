package io.socialhire.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ExceptionMappersTest {

    @Test
    void aClientClosingTheConnectionMidBodyIsAClientDisconnect() {
        // The shape RESTEasy Reactive reports when a client times out while sending its body.
        Throwable e = new IOException(new IOException(new HttpClosedException("Connection was closed")));
        assertTrue(ExceptionMappers.isClientDisconnect(e));
    }

    @Test
    void otherInputOutputFailuresAreNot() {
        assertFalse(ExceptionMappers.isClientDisconnect(new IOException("No space left on device")));
        assertFalse(ExceptionMappers.isClientDisconnect(new IllegalStateException(new IOException("broken pipe"))));
    }
}
