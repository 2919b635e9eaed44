package io.socialhire.integration;

import com.fasterxml.jackson.annotation.JsonValue;
import io.socialhire.common.ApiEnum;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The ATSs socialhire connects to natively; each is also the source of the invitations and candidates it makes. */
@Schema(name = "Connector", description = "greenhouse: Greenhouse's Assessment partner API; ashby: Ashby's assessments API")
public enum ConnectorKind implements ApiEnum {
    GREENHOUSE, ASHBY;

    @JsonValue
    @Override
    public String json() {
        return ApiEnum.super.json();
    }

    @Override
    public String toString() {
        return json();
    }

    /** The connector of this name (a path segment or an invitation's source), or null. */
    public static ConnectorKind of(String name) {
        for (ConnectorKind kind : values()) {
            if (kind.json().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
