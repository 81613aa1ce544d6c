package org.accord.dossier;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

/**
 * Turns dossier JSON into a {@link Dossier}: parses it, validates it against the JSON Schema in
 * the repo (so the schema is the contract, not a comment), and binds it. Every schema violation is
 * reported with its JSON path.
 */
@ApplicationScoped
public class DossierReader {

    static final String SCHEMA = "dossier/dossier.schema.json";

    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
    private final JsonSchema schema;

    public DossierReader() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + SCHEMA + " on the classpath");
            }
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Dossier read(String json) {
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            // A limit of the parser (nesting depth, string length) has no location, and its message
            // names the Java setting behind it ("from `StreamReadConstraints...`"): left out.
            JsonLocation at = e.getLocation();
            throw new DossierException(List.of("$: not valid JSON: " + e.getOriginalMessage().replaceAll(",? from `[^`]*`", "")
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new DossierException(List.of("$: the dossier is empty"));
        }
        List<String> problems = schema.validate(tree).stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .map(ValidationMessage::getMessage)
                .distinct()
                .toList();
        if (!problems.isEmpty()) {
            throw new DossierException(problems);
        }
        try {
            return mapper.treeToValue(tree, Dossier.class);
        } catch (JsonProcessingException e) {
            // The schema admits only what binds; reaching here means the two disagree.
            throw new IllegalStateException("Dossier passed the schema but does not bind: " + e.getOriginalMessage(), e);
        }
    }
}
