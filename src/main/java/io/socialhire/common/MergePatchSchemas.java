package io.socialhire.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The bodies of the JSON Merge Patch operations (RFC 7396), derived from the input schema of the
 * same resource so the two cannot drift apart: every field is optional, a field that may be
 * cleared also accepts {@code null} (which removes it), and a required field keeps its type,
 * since clearing it is refused. Fields a patch may not touch are left out.
 */
final class MergePatchSchemas {

    /** One patch schema: its name, the input it follows and the fields a patch cannot change. */
    record Derived(String name, String input, Set<String> leftOut, String description) {
    }

    static final List<Derived> DERIVED = List.of(
            new Derived("CandidatePatch", "CandidateInput", Set.of("channels"),
                    "A JSON Merge Patch of a candidate: fields given are set, null removes an optional field, absent fields stay. "
                            + "Channels change through their own endpoints."),
            new Derived("ChannelPatch", "ChannelInput", Set.of(),
                    "A JSON Merge Patch of a channel: fields given are set, null removes an optional field, absent fields stay."),
            new Derived("RolePatch", "RoleInput", Set.of("id"),
                    "A JSON Merge Patch of a role profile: fields given are set, null removes an optional field, absent fields stay. "
                            + "The id cannot change."),
            new Derived("AssessmentPackagePatch", "AssessmentPackageInput", Set.of("id", "question", "rubricKey", "roleId"),
                    "A JSON Merge Patch of an assessment package: name, description and languages. What it scores (question,"
                            + " rubric, role) cannot change once orders may exist: add a new package and retire this one."));

    private MergePatchSchemas() {
    }

    static void addTo(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        for (Derived derived : DERIVED) {
            Schema input = schemas.get(derived.input());
            if (input == null || input.getProperties() == null) {
                throw new IllegalStateException("No input schema " + derived.input() + " to derive " + derived.name() + " from");
            }
            List<String> required = input.getRequired() == null ? List.of() : input.getRequired();
            Schema patch = OASFactory.createSchema().addType(SchemaType.OBJECT).description(derived.description());
            input.getProperties().forEach((name, property) -> {
                if (!derived.leftOut().contains(name)) {
                    patch.addProperty(name, required.contains(name) ? property : nullable(property));
                }
            });
            openAPI.getComponents().addSchema(derived.name(), patch);
        }
    }

    /** The property's schema that also accepts null; the original is left as it is. */
    private static Schema nullable(Schema property) {
        if (property.getRef() == null && property.getType() != null && !property.getType().isEmpty()) {
            Schema copy = OASFactory.createSchema();
            copy.setAll(new LinkedHashMap<>(property.getAll()));
            List<SchemaType> types = new ArrayList<>(property.getType());
            if (!types.contains(SchemaType.NULL)) {
                types.add(SchemaType.NULL);
            }
            copy.setType(types);
            return copy;
        }
        return OASFactory.createSchema().description(property.getDescription())
                .anyOf(List.of(property, OASFactory.createSchema().addType(SchemaType.NULL)));
    }
}
