package io.socialhire.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** On the embedded database, the pool is sized to the CPUs the database shares with the application. */
@QuarkusTest
class EmbeddedDatabasePoolTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void poolHasOneConnectionMoreThanTheCpus() {
        int cpus = Runtime.getRuntime().availableProcessors();
        assertThat(dataSource.getConfiguration().connectionPoolConfiguration().maxSize()).isEqualTo(cpus + 1);
    }

    @Test
    void aSingleCpuStillGetsTwoConnections() {
        assertThat(EmbeddedDatabaseConfigSourceFactory.poolMaxSize(1)).isEqualTo(2);
        assertThat(EmbeddedDatabaseConfigSourceFactory.poolMaxSize(2)).isEqualTo(3);
        assertThat(EmbeddedDatabaseConfigSourceFactory.poolMaxSize(16)).isEqualTo(17);
    }
}
