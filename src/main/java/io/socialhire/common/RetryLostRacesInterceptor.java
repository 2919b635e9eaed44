package io.socialhire.common;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import java.util.concurrent.Callable;
import org.jboss.logging.Logger;

/**
 * Runs a {@link RetryLostRaces} call again, in a new transaction, when it lost a race. Its priority
 * puts it outside {@code @Transactional} (Narayana's interceptors have priority 200), so the failed
 * transaction has rolled back before the next attempt begins.
 */
@RetryLostRaces
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RetryLostRacesInterceptor {

    /** One try and two more: a race lost twice in a row is already rare; a third time means it will not end. */
    static final int ATTEMPTS = 3;
    private static final Logger LOG = Logger.getLogger(RetryLostRacesInterceptor.class);

    private final TransactionManager transactions;

    public RetryLostRacesInterceptor(TransactionManager transactions) {
        this.transactions = transactions;
    }

    @AroundInvoke
    Object retry(InvocationContext call) throws Exception {
        if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return call.proceed(); // part of a larger transaction: whoever began it decides
        }
        return retrying(call.getMethod().getName(), call::proceed);
    }

    /**
     * Runs {@code attempt} (which begins and ends its own transaction) again when it lost a race, up to
     * {@link #ATTEMPTS} times in all.
     */
    public static <T> T retrying(String name, Callable<T> attempt) throws Exception {
        for (int n = 1; ; n++) {
            try {
                return attempt.call();
            } catch (Exception e) {
                if (n >= ATTEMPTS || !ExceptionMappers.isLostRace(e)) {
                    throw e;
                }
                LOG.debugf("%s lost a race to a concurrent request (attempt %d); running it again", name, n);
            }
        }
    }
}
