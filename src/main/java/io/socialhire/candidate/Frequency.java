package io.socialhire.candidate;

import io.socialhire.common.ApiEnum;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How often the candidate takes part in a channel. */
@Schema(name = "Frequency", type = SchemaType.STRING, description = "How often the candidate takes part", enumeration = {"daily", "weekly", "monthly", "rarely"})
public enum Frequency implements ApiEnum {
    DAILY, WEEKLY, MONTHLY, RARELY;

    @Override
    public String toString() {
        return json();
    }
}
