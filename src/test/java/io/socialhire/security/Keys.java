package io.socialhire.security;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** API keys for tests, one per role, made through the admin API once per application start. */
public final class Keys {

    private static final Map<String, String> BY_ROLE = new ConcurrentHashMap<>();

    private Keys() {
    }

    public static String of(String role) {
        return BY_ROLE.computeIfAbsent(role, Keys::create);
    }

    public static String create(String role) {
        return given().contentType(ContentType.JSON)
                .body("{\"name\": \"test " + role + " " + UUID.randomUUID().toString().substring(0, 6) + "\", \"role\": \"" + role + "\"}")
                .when().post("/api/v1/api-keys").then().statusCode(201).extract().path("key");
    }

    /** Forget keys when the application (and its database) restarts under another test profile. */
    public static void reset() {
        BY_ROLE.clear();
    }
}
