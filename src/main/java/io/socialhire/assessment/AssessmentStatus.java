package io.socialhire.assessment;

import com.fasterxml.jackson.annotation.JsonValue;
import io.socialhire.common.ApiEnum;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether an assessment's result counts yet; derived from its engine recommendation and its reviews, never stored. */
@Schema(name = "AssessmentStatus", type = SchemaType.STRING, description = "final: no review is required and none was given, so the"
        + " engine's result counts; pending_review: the engine's recommendation is one that socialhire.review.required-for holds"
        + " back (default definitely_not and no), or the engine could not rate the answer, so nothing is final until a person"
        + " reviews it; reviewed: a person reviewed it and the latest review is the final result",
        enumeration = {"final", "pending_review", "reviewed"}, example = "pending_review")
public enum AssessmentStatus implements ApiEnum {
    FINAL, PENDING_REVIEW, REVIEWED;

    /** Declared here, not only in ApiEnum, so that the OpenAPI scanner finds the JSON values on the enum itself. */
    @JsonValue
    @Override
    public String json() {
        return ApiEnum.super.json();
    }
}
