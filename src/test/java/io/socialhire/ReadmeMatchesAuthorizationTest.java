package io.socialhire;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.socialhire.security.Roles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README tells integrators which operations exist and which roles may call them. This holds it
 * to the application's authorization rules: the operations of the OpenAPI document the
 * application serves, whose x-roles the OpenAPI filter takes from the security requirements SmallRye generates
 * from @RolesAllowed. A
 * mismatch in either direction fails: an operation or role the README leaves out, one it claims
 * that does not exist, or a role it grants or denies wrongly.
 */
@QuarkusTest
class ReadmeMatchesAuthorizationTest {

    private static final String BASE = "/api/v1";
    /** An inline code span naming operations: `GET /candidates/{id}` or `GET/PATCH /roles/{id}`. */
    private static final Pattern OPERATION = Pattern.compile("([A-Z]+(?:/[A-Z]+)*) (/\\S*)");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]+)`");
    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
    private static final String CHECK = "✓";

    private static String readme;

    @BeforeAll
    static void read() throws IOException {
        readme = Files.readString(Path.of("README.md"));
    }

    /** "METHOD /api/v1/path/{}/x" to its roles, from the served OpenAPI document. */
    private static Map<String, Set<String>> documented() {
        Map<String, Map<String, Map<String, Object>>> paths = given().when().get("/q/openapi?format=json").then()
                .statusCode(200).extract().path("paths");
        Map<String, Set<String>> operations = new TreeMap<>();
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            if (path.startsWith(BASE + "/") && HTTP_METHODS.contains(method.toUpperCase())) {
                @SuppressWarnings("unchecked")
                List<String> allowed = (List<String>) operation.get("x-roles");
                Set<String> roles = allowed == null ? new TreeSet<>() : new TreeSet<>(allowed);
                operations.put(method.toUpperCase() + " " + template(path), roles);
            }
        }));
        return operations;
    }

    /** Path parameters are compared by position, not name: /candidates/{id}/channels is /candidates/{candidateId}/channels. */
    private static String template(String path) {
        return path.replaceAll("\\{[^}/]+}", "{}");
    }

    /** The rows of the first Markdown table after the heading, each as its cells. */
    private static List<List<String>> table(String heading) {
        int at = readme.indexOf("\n" + heading + "\n");
        assertThat(at).as("README section %s", heading).isNotNegative();
        List<List<String>> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : readme.substring(at + heading.length() + 2).split("\n", -1)) {
            if (line.startsWith("|")) {
                inTable = true;
                if (!line.matches("\\|[\\s:|-]*\\|?")) { // not the separator row
                    List<String> cells = new ArrayList<>(Arrays.asList(line.split("\\|", -1)));
                    cells.remove(0);
                    if (line.endsWith("|")) {
                        cells.remove(cells.size() - 1);
                    }
                    rows.add(cells.stream().map(String::strip).toList());
                }
            } else if (inTable || line.startsWith("## ")) {
                break;
            }
        }
        assertThat(rows).as("table under %s", heading).isNotEmpty();
        return rows;
    }

    /** "METHOD /api/v1/..." to its roles, from the README's operations table. */
    private static Map<String, Set<String>> readmeOperations(List<String> failures) {
        List<List<String>> rows = table("## The API in brief");
        List<String> header = rows.get(0).stream().map(cell -> cell.replace("`", "")).toList();
        assertThat(header).as("role columns of the operations table").containsAll(Roles.ALL);
        Map<String, Set<String>> operations = new TreeMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            String cell = row.get(0);
            Set<String> roles = new TreeSet<>();
            for (String role : Roles.ALL) {
                String mark = row.get(header.indexOf(role));
                if (mark.equals(CHECK)) {
                    roles.add(role);
                } else if (!mark.isEmpty()) {
                    failures.add("'" + cell + "': the " + role + " column says '" + mark + "'; use " + CHECK + " or leave it empty");
                }
            }
            if (!CODE_SPAN.matcher(cell).replaceAll("").matches("[,\\s]*")) {
                failures.add("'" + cell + "': the first column lists operations in backticks, separated by commas, and nothing else");
            }
            Matcher span = CODE_SPAN.matcher(cell);
            while (span.find()) {
                Matcher op = OPERATION.matcher(span.group(1));
                if (!op.matches()) {
                    failures.add("'" + span.group(1) + "' is not METHOD[/METHOD] /path");
                    continue;
                }
                for (String method : op.group(1).split("/")) {
                    String key = method + " " + template(BASE + op.group(2));
                    if (operations.put(key, roles) != null) {
                        failures.add(key + " is listed twice");
                    }
                }
            }
        }
        return operations;
    }

    @Test
    void theOperationsTableListsEveryOperationWithTheRolesThatMayCallIt() {
        List<String> failures = new ArrayList<>();
        Map<String, Set<String>> claimed = readmeOperations(failures);
        Map<String, Set<String>> actual = documented();
        assertThat(actual).as("operations the application serves").hasSizeGreaterThan(20);
        actual.forEach((operation, roles) -> {
            if (!claimed.containsKey(operation)) {
                failures.add(operation + " is missing from the README (roles: " + roles + ")");
            } else if (!claimed.get(operation).equals(roles)) {
                failures.add(operation + ": the README says " + claimed.get(operation) + ", the code allows " + roles);
            }
        });
        claimed.keySet().stream().filter(operation -> !actual.containsKey(operation))
                .forEach(operation -> failures.add(operation + " is in the README but no such operation exists"));
        assertThat(failures).isEmpty();
    }

    @Test
    void everyOperationTheReadmeMentionsExists() {
        // Prose and examples too (`GET /api/v1/rubrics/participation/versions/1`): any inline
        // "METHOD /path" must be an operation, with concrete values where the path has parameters.
        Set<String> actual = documented().keySet();
        String prose = readme.replaceAll("(?s)```.*?```", "");
        List<String> failures = new ArrayList<>();
        Matcher span = CODE_SPAN.matcher(prose);
        while (span.find()) {
            Matcher op = OPERATION.matcher(span.group(1));
            if (!op.matches() || !Arrays.stream(op.group(1).split("/")).allMatch(HTTP_METHODS::contains)) {
                continue;
            }
            String path = op.group(2).replaceFirst("\\?.*", "");
            String full = path.startsWith(BASE + "/") ? path : BASE + path;
            for (String method : op.group(1).split("/")) {
                boolean exists = actual.stream().anyMatch(operation -> matches(operation, method, full));
                if (!exists) {
                    failures.add(method + " " + path + " (in `" + span.group(1) + "`) is no operation of the API");
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theRoleTableNamesEveryRoleAndEachOperationDescriptionListsItsRoles() {
        Set<String> tabled = new TreeSet<>();
        List<List<String>> rows = table("## API keys and roles");
        rows.subList(1, rows.size()).forEach(row -> tabled.add(row.get(0).replace("`", "").replaceAll("\\s.*", "")));
        assertThat(tabled).isEqualTo(new TreeSet<>(Roles.ALL));

        // The README says "each operation's description in Swagger UI lists its roles": hold it to that.
        Map<String, Map<String, Map<String, Object>>> paths = given().when().get("/q/openapi?format=json").then()
                .extract().path("paths");
        List<String> failures = new ArrayList<>();
        Map<String, Set<String>> roles = documented();
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            String key = method.toUpperCase() + " " + template(path);
            if (!roles.containsKey(key)) {
                return;
            }
            Matcher listed = Pattern.compile("Roles: ([a-z_, ]+)\\.").matcher(String.valueOf(operation.get("description")));
            Set<String> described = listed.find() ? new TreeSet<>(Arrays.asList(listed.group(1).split(",\\s*"))) : Set.of();
            if (!described.equals(roles.get(key))) {
                failures.add(key + ": the description lists " + described + ", the code allows " + roles.get(key));
            }
        }));
        assertThat(failures).isEmpty();
    }

    private static boolean matches(String operation, String method, String path) {
        String[] parts = operation.split(" ", 2);
        String regex = Arrays.stream(parts[1].split("\\{}", -1)).map(Pattern::quote).reduce((a, b) -> a + "[^/]+" + b).orElse("");
        return parts[0].equals(method) && path.matches(regex);
    }
}
