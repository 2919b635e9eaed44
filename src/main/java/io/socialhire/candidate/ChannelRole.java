package io.socialhire.candidate;

import io.socialhire.common.ApiEnum;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the candidate does in a channel, from taking part to running it. */
@Schema(name = "ChannelRole", type = SchemaType.STRING, description = "The candidate's role in a channel", enumeration = {"member", "contributor", "creator", "moderator", "organizer"})
public enum ChannelRole implements ApiEnum {
    MEMBER, CONTRIBUTOR, CREATOR, MODERATOR, ORGANIZER;

    @Override
    public String toString() {
        return json();
    }
}
