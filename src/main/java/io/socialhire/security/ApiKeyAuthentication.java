package io.socialhire.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.socialhire.audit.AuditLog;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/**
 * Authorization: Bearer &lt;api key&gt; on Quarkus' security layer: the mechanism reads the
 * header, the identity provider checks the key and grants its role; @RolesAllowed does the rest.
 */
public final class ApiKeyAuthentication {

    static final String CHALLENGE = "Bearer realm=\"socialhire\"";
    /** Where ATSs call with keys of their own (HTTP Basic), not API keys. */
    static final String CONNECTOR_PATHS = "/integrations/";

    private ApiKeyAuthentication() {
    }

    /** An API key presented by a request. */
    public static final class Request extends BaseAuthenticationRequest {
        private final ApiKeyToken token;

        Request(ApiKeyToken token) {
            this.token = token;
        }

        ApiKeyToken token() {
            return token;
        }
    }

    @ApplicationScoped
    public static class Mechanism implements HttpAuthenticationMechanism {

        private final FailedAuthThrottle throttle;

        public Mechanism(FailedAuthThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
            String header = context.request().getHeader("Authorization");
            if (context.normalizedPath().startsWith(CONNECTOR_PATHS)) {
                return Uni.createFrom().optional(Optional.empty()); // an ATS connector's key, checked by the connector
            }
            if (header == null || header.isBlank()) {
                return Uni.createFrom().optional(Optional.empty()); // no key is no guess: not counted
            }
            return check(header, identities)
                    .onFailure(AuthenticationFailedException.class).invoke(() -> throttle.failed(context));
        }

        private static Uni<SecurityIdentity> check(String header, IdentityProviderManager identities) {
            if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return Uni.createFrom().failure(new AuthenticationFailedException("use Authorization: Bearer <api key>"));
            }
            return ApiKeyToken.parse(header.substring(7))
                    .map(token -> identities.authenticate(new Request(token)))
                    .orElseGet(() -> Uni.createFrom().failure(new AuthenticationFailedException("malformed API key")));
        }

        @Override
        public Uni<ChallengeData> getChallenge(RoutingContext context) {
            return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", CHALLENGE));
        }

        @Override
        public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
            return Set.of(Request.class);
        }

        @Override
        public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
            return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
        }
    }

    @ApplicationScoped
    public static class Provider implements IdentityProvider<Request> {

        private final ApiKeyService keys;
        private final ApiKeyCache cache;

        public Provider(ApiKeyService keys, ApiKeyCache cache) {
            this.keys = keys;
            this.cache = cache;
        }

        @Override
        public Class<Request> getRequestType() {
            return Request.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(Request request, AuthenticationRequestContext context) {
            // A recently checked key, or a prefix recently found unknown or revoked, is answered here
            // on the I/O thread; only a miss needs the database, and so a worker thread. Hopping
            // threads on every request cost more than the check, and guesses cost no database read.
            Optional<ApiKeyService.KeyIdentity> vouched = cache.vouch(request.token());
            if (vouched.isPresent()) {
                return Uni.createFrom().item(identity(vouched.get()));
            }
            if (cache.refuses(request.token())) {
                return Uni.createFrom().failure(new AuthenticationFailedException("unknown or revoked API key"));
            }
            return context.runBlocking(() -> keys.authenticate(request.token())
                    .map(Provider::identity)
                    .orElseThrow(() -> new AuthenticationFailedException("unknown or revoked API key")));
        }

        private static SecurityIdentity identity(ApiKeyService.KeyIdentity key) {
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(key.name()))
                    .addRole(key.role())
                    .addAttribute(AuditLog.KEY_ID, key.id())
                    .addAttribute(AuditLog.KEY_NAME, key.name())
                    .build();
        }
    }
}
