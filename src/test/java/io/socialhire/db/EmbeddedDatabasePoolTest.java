package io.socialhire.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** On the embedded database, the pool and the worker threads are sized to the CPUs the database shares with the application. */
@QuarkusTest
class EmbeddedDatabasePoolTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void poolHasOneConnectionMoreThanTheCpus() {
        int cpus = Runtime.getRuntime().availableProcessors();
        assertThat(dataSource.getConfiguration().connectionPoolConfiguration().maxSize()).isEqualTo(cpus + 1);
    }

    @ConfigProperty(name = "quarkus.thread-pool.max-threads")
    int workerThreads;

    @Test
    void workerThreadsAreFourPerCpuAndAtLeastEight() {
        int cpus = Runtime.getRuntime().availableProcessors();
        assertThat(workerThreads).isEqualTo(Math.max(8, 4 * cpus));
        assertThat(EmbeddedDatabaseConfigSourceFactory.workerThreads(1)).isEqualTo(8);
        assertThat(EmbeddedDatabaseConfigSourceFactory.workerThreads(2)).isEqualTo(8);
        assertThat(EmbeddedDatabaseConfigSourceFactory.workerThreads(16)).isEqualTo(64);
        assertThat(workerThreads).isGreaterThan(dataSource.getConfiguration().connectionPoolConfiguration().maxSize());
    }

    @Test
    void aSingleCpuStillGetsTwoConnections() {
        assertThat(EmbeddedDatabaseConfigSourceFactory.poolMaxSize(1)).isEqualTo(2);
        assertThat(EmbeddedDatabaseConfigSourceFactory.poolMaxSize(2)).isEqualTo(3);
        assertThat(EmbeddedDatabaseConfigSourceFactory.poolMaxSize(16)).isEqualTo(17);
    }
}
