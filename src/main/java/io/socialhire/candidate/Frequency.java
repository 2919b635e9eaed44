package io.socialhire.candidate;

import io.socialhire.common.ApiEnum;

/** How often the candidate takes part in a channel. */
public enum Frequency implements ApiEnum {
    DAILY, WEEKLY, MONTHLY, RARELY;

    @Override
    public String toString() {
        return json();
    }
}
