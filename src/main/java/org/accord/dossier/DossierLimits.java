package org.accord.dossier;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import org.accord.graphql.LimitExceededException;
import org.accord.graphql.Limits;

/**
 * Refuses dossiers that {@code importDossier} would spend too much on, before they are parsed
 * into a tree, validated or imported: over {@code accord.limits.dossier-max-bytes} (UTF-8 bytes of
 * the JSON text) or holding more than {@code accord.limits.dossier-max-records} JSON objects below
 * the top level (records, and their names, participants, citations and other nested entries: each
 * becomes at most one row). Objects are counted by streaming the text, stopping at the limit.
 * Malformed JSON is left to {@link DossierReader}, which says where it breaks. The seed dossiers
 * are ours and are not checked.
 */
@ApplicationScoped
public class DossierLimits {

    private static final JsonFactory JSON = new JsonFactory();

    @Inject
    Limits limits;

    public void check(String json) {
        long maxBytes = limits.dossierMaxBytes().asLongValue();
        long bytes = utf8Length(json, maxBytes);
        if (bytes > maxBytes) {
            throw new LimitExceededException("The dossier is larger than the limit of " + maxBytes + " bytes ("
                    + Limits.setting("dossier-max-bytes") + ")");
        }
        int maxRecords = limits.dossierMaxRecords();
        if (objectsBelowTop(json, maxRecords) > maxRecords) {
            throw new LimitExceededException("The dossier holds more than " + maxRecords
                    + " records (JSON objects below the top level, nested ones included), above the limit ("
                    + Limits.setting("dossier-max-records") + ")");
        }
    }

    /** The UTF-8 length of {@code s}, counted up to the first byte past {@code max}. */
    static long utf8Length(String s, long max) {
        long bytes = 0;
        for (int i = 0; i < s.length() && bytes <= max; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** Objects nested in the top-level value, counted up to the first past {@code max}. */
    private static int objectsBelowTop(String json, int max) {
        int objects = 0;
        try (JsonParser parser = JSON.createParser(json)) {
            int depth = 0;
            for (JsonToken t = parser.nextToken(); t != null && objects <= max; t = parser.nextToken()) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    if (t == JsonToken.START_OBJECT && depth > 0) {
                        objects++;
                    }
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                }
            }
        } catch (IOException malformed) {
            // counted so far; the reader reports the syntax error
        }
        return objects;
    }
}
