package io.socialhire.platform;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The catalog shipped with the code, loaded once. */
public class PlatformCatalogProducer {

    @Produces
    @Singleton
    PlatformCatalog catalog() {
        return PlatformCatalog.loadDefault();
    }
}
