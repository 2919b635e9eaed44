package io.socialhire.candidate;

import com.fasterxml.jackson.annotation.JsonValue;
import io.socialhire.common.ApiEnum;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the candidate does in a channel, from taking part to running it. */
@Schema(name = "ChannelRole", type = SchemaType.STRING, description = "The candidate's role in a channel", enumeration = {"member", "contributor", "creator", "moderator", "organizer"})
public enum ChannelRole implements ApiEnum {
    MEMBER, CONTRIBUTOR, CREATOR, MODERATOR, ORGANIZER;

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
