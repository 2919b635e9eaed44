package io.socialhire.candidate;

import io.socialhire.common.ApiEnum;

/** What the candidate does in a channel, from taking part to running it. */
public enum ChannelRole implements ApiEnum {
    MEMBER, CONTRIBUTOR, CREATOR, MODERATOR, ORGANIZER;

    @Override
    public String toString() {
        return json();
    }
}
