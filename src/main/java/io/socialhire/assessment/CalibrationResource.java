package io.socialhire.assessment;

import io.socialhire.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rubrics/{key}/calibration")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rubrics")
public class CalibrationResource {

    private final CalibrationService calibration;

    public CalibrationResource(CalibrationService calibration) {
        this.calibration = calibration;
    }

    @GET
    @Operation(operationId = "getRubricCalibration", summary = "Engine versus reviewers",
            description = "Compares the engine's ratings and criterion levels with the final (latest) review of every reviewed assessment "
                    + "scored with this rubric: count, exact and adjacent agreement, quadratic weighted kappa and mean difference "
                    + "(reviewer minus engine), overall, per version and per criterion. Roles: hiring_manager, admin.")
    @APIResponse(responseCode = "200", description = "Agreement figures",
            content = @Content(schema = @Schema(implementation = CalibrationService.Calibration.class),
                    examples = @ExampleObject(name = "calibration", value = CalibrationService.EXAMPLE)))
    @RolesAllowed({Roles.HIRING_MANAGER, Roles.ADMIN})
    public CalibrationService.Calibration calibration(@Parameter(example = "participation") @PathParam("key") String key) {
        return calibration.calibrate(key);
    }
}
