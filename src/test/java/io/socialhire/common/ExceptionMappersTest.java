package io.socialhire.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.HttpClosedException;
import jakarta.transaction.RollbackException;
import java.io.IOException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
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

    @Test
    void aCommitCutOffByTheDatabaseDyingIsTheDatabaseBeingUnavailable() {
        // The shape Narayana reports: the driver's error hangs off a suppressed XAException, not the cause chain.
        XAException xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("FATAL: terminating connection due to unexpected postmaster exit", "57P01"));
        RollbackException rollback = new RollbackException("Could not commit transaction.");
        rollback.addSuppressed(xa);
        assertTrue(ExceptionMappers.isDatabaseUnavailable(new RuntimeException("Error invoking subclass method", rollback)));
        assertFalse(ExceptionMappers.isDatabaseUnavailable(new RuntimeException(new RollbackException("rolled back"))));
    }
}
