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
 * since clearing it is refused. Fields a patch may not touch are left out. Each feature derives
 * the patch schemas of its own resources from its OpenAPI filter.
 */
public final class MergePatchSchemas {

    /** One patch schema: its name, the input it follows and the fields a patch cannot change. */
    public record Derived(String name, String input, Set<String> leftOut, String description) {
    }

    private MergePatchSchemas() {
    }

    /** Adds each derived schema to the document's components. */
    public static void derive(OpenAPI openAPI, Derived... derived) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        for (Derived patch : derived) {
            Schema input = schemas.get(patch.input());
            if (input == null || input.getProperties() == null) {
                throw new IllegalStateException("No input schema " + patch.input() + " to derive " + patch.name() + " from");
            }
            List<String> required = input.getRequired() == null ? List.of() : input.getRequired();
            Schema schema = OASFactory.createSchema().addType(SchemaType.OBJECT).description(patch.description());
            input.getProperties().forEach((name, property) -> {
                if (!patch.leftOut().contains(name)) {
                    schema.addProperty(name, required.contains(name) ? property : nullable(property));
                }
            });
            openAPI.getComponents().addSchema(patch.name(), schema);
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
