package io.socialhire.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The stored responses of idempotent requests ({@code idempotency_record}). */
@ApplicationScoped
public class IdempotencyRepository {

    private final EntityManager em;
    private final ObjectMapper mapper;

    public IdempotencyRepository(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /**
     * Claims the key for this request, in the caller's transaction: true when it was free (or only held by an
     * expired record). When a concurrent request holds it, PostgreSQL makes this wait until that request's
     * transaction ends, so the caller then sees its stored response, or gets the key if it rolled back.
     */
    boolean claim(UUID apiKeyId, String key, byte[] requestHash, Instant now, Instant expiresAt) {
        em.createNativeQuery("DELETE FROM idempotency_record WHERE api_key_id = :k AND idempotency_key = :i AND expires_at <= :now")
                .setParameter("k", apiKeyId).setParameter("i", key).setParameter("now", now).executeUpdate();
        // status 200 and no body hold the row until complete() writes the response in the same transaction
        return em.createNativeQuery("INSERT INTO idempotency_record (api_key_id, idempotency_key, request_hash, status, headers,"
                        + " created_at, expires_at) VALUES (:k, :i, :h, 200, '{}'::jsonb, :now, :exp) ON CONFLICT DO NOTHING")
                .setParameter("k", apiKeyId).setParameter("i", key).setParameter("h", requestHash)
                .setParameter("now", now).setParameter("exp", expiresAt)
                .executeUpdate() == 1;
    }

    /** Writes the response of the request that claimed the key. */
    void complete(UUID apiKeyId, String key, StoredResponse response) {
        em.createNativeQuery("UPDATE idempotency_record SET status = :s, headers = CAST(:hd AS jsonb), body = :b, candidate_id = :c"
                        + " WHERE api_key_id = :k AND idempotency_key = :i")
                .setParameter("s", response.status()).setParameter("hd", json(response.headers()))
                .setParameter("b", response.body()).setParameter("c", response.candidateId())
                .setParameter("k", apiKeyId).setParameter("i", key)
                .executeUpdate();
    }

    /** Gives the key back, in the caller's transaction. */
    void release(UUID apiKeyId, String key) {
        em.createNativeQuery("DELETE FROM idempotency_record WHERE api_key_id = :k AND idempotency_key = :i")
                .setParameter("k", apiKeyId).setParameter("i", key).executeUpdate();
    }

    /** The stored request hash and response under a key that another request holds. */
    Optional<Stored> find(UUID apiKeyId, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT request_hash, status, CAST(headers AS text), body, candidate_id"
                        + " FROM idempotency_record WHERE api_key_id = :k AND idempotency_key = :i")
                .setParameter("k", apiKeyId).setParameter("i", key)
                .getResultList();
        return rows.stream().findFirst().map(r -> new Stored((byte[]) r[0],
                new StoredResponse(((Number) r[1]).intValue(), headers((String) r[2]), (String) r[3], (UUID) r[4])));
    }

    /** Deletes the stored responses about a candidate (erasure). */
    int deleteAbout(UUID candidateId) {
        return em.createNativeQuery("DELETE FROM idempotency_record WHERE candidate_id = :c")
                .setParameter("c", candidateId).executeUpdate();
    }

    /** Deletes expired records; returns how many. */
    int deleteExpired(Instant now) {
        return em.createNativeQuery("DELETE FROM idempotency_record WHERE expires_at <= :now")
                .setParameter("now", now).executeUpdate();
    }

    record Stored(byte[] requestHash, StoredResponse response) {
        boolean sameRequest(byte[] hash) {
            return Arrays.equals(requestHash, hash);
        }
    }

    private String json(Map<String, String> headers) {
        try {
            return mapper.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("headers are strings", e);
        }
    }

    private Map<String, String> headers(String json) {
        try {
            return mapper.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored headers are a JSON object of strings", e);
        }
    }
}
