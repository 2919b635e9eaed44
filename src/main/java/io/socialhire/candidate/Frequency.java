package io.socialhire.candidate;

import com.fasterxml.jackson.annotation.JsonValue;
import io.socialhire.common.ApiEnum;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How often the candidate takes part in a channel. */
@Schema(name = "Frequency", type = SchemaType.STRING, description = "How often the candidate takes part", enumeration = {"daily", "weekly", "monthly", "rarely"})
public enum Frequency implements ApiEnum {
    DAILY, WEEKLY, MONTHLY, RARELY;

    /** Declared here, not only in ApiEnum, so that the OpenAPI scanner finds the JSON values on the enum itself. */
    @JsonValue
    @Override
    public String json() {
        return ApiEnum.super.json();
    }

    @Override
    public String toString() {
        return json();
    }
}
