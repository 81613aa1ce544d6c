package org.accord.persisted;

import io.quarkus.jsonp.JsonProviderHolder;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The operations a deployment's own frontends were built with, read from the manifests their build
 * tools write: a JSON object from document id to document text, as graphql-codegen's client preset
 * ({@code persistedDocuments: true}, SHA-256 ids) and relay-compiler ({@code persistConfig}, MD5
 * ids) write it, or Apollo's persisted query manifest ({@code operations: [{id, body}]}).
 *
 * <p>With {@code accord.trusted-documents.only=true}, these are the only operations the server
 * runs: a public endpoint then executes what the frontends ask for, and nothing a stranger writes.
 */
@ApplicationScoped
public class TrustedDocuments {

    private static final Logger LOG = Logger.getLogger(TrustedDocuments.class);

    @ConfigMapping(prefix = "accord.trusted-documents")
    public interface Settings {
        /** Manifest files (JSON); none by default. */
        Optional<List<Path>> manifests();

        /** When true, only documents of the manifests run. */
        @WithDefault("false")
        boolean only();
    }

    private final Settings settings;
    private volatile Map<String, String> byId = Map.of();
    private volatile Set<String> texts = Set.of();

    TrustedDocuments(Settings settings) {
        this.settings = settings;
    }

    /** Reads the manifests at start: a missing or malformed one stops the start with its name. */
    void load(@Observes StartupEvent start) {
        Map<String, String> ids = new HashMap<>();
        for (Path manifest : settings.manifests().orElse(List.of())) {
            read(manifest).forEach((id, text) -> {
                String earlier = ids.putIfAbsent(key(id), text);
                if (earlier != null && !earlier.equals(text)) {
                    throw new IllegalStateException("Trusted document manifests give id " + id + " two different documents");
                }
            });
        }
        if (settings.only() && ids.isEmpty()) {
            throw new IllegalStateException("accord.trusted-documents.only=true, but accord.trusted-documents.manifests"
                    + " lists no document: nothing could run");
        }
        byId = Map.copyOf(ids);
        texts = Set.copyOf(new HashSet<>(ids.values()));
        if (!ids.isEmpty()) {
            LOG.infof("%d trusted documents loaded%s", ids.size(), settings.only() ? "; only they run" : "");
        }
    }

    /** Whether only trusted documents run. */
    public boolean only() {
        return settings.only();
    }

    /** The document of this id, or null. */
    public String document(String id) {
        return byId.get(key(id));
    }

    /**
     * One key per id: a SHA-256 id is kept as bare lower-case hex, so that codegen's
     * {@code sha256:<hex>} manifest entries answer Apollo's hash extension, which carries no prefix.
     */
    private static String key(String id) {
        String hash = PersistedDocuments.sha256Id(id);
        return hash != null ? hash : id;
    }

    /** Whether this exact text is a trusted document. */
    public boolean contains(String text) {
        return texts.contains(text);
    }

    static Map<String, String> read(Path manifest) {
        JsonObject json;
        try (JsonReader reader = JsonProviderHolder.jsonProvider().createReader(Files.newBufferedReader(manifest))) {
            json = reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the trusted document manifest " + manifest, e);
        } catch (JsonException | ClassCastException e) {
            throw new IllegalStateException("The trusted document manifest " + manifest + " is not a JSON object: " + e.getMessage(), e);
        }
        Map<String, String> documents = new HashMap<>();
        if (json.containsKey("operations") && json.containsKey("format")) { // Apollo's persisted query manifest
            try {
                for (JsonValue operation : json.getJsonArray("operations")) {
                    JsonObject o = operation.asJsonObject();
                    documents.put(o.getString("id"), o.getString("body"));
                }
            } catch (ClassCastException | NullPointerException e) {
                throw new IllegalStateException("The trusted document manifest " + manifest + " is not an Apollo persisted query"
                        + " manifest: \"operations\" must be a list of objects with the strings \"id\" and \"body\"", e);
            }
            return documents;
        }
        json.forEach((id, text) -> {
            if (!(text instanceof JsonString s)) {
                throw new IllegalStateException("The trusted document manifest " + manifest + " maps " + id
                        + " to something other than a document's text");
            }
            documents.put(id, s.getString());
        });
        return documents;
    }
}
