package org.accord.event;

import java.util.List;

/**
 * Fired by createEvent inside its transaction, once the event is stored, for what other packages
 * record with it: the commitments it kept ({@code fulfils}, global ids, linked by the commitment
 * package, which knows commitments; this package does not). {@code field} names the list in errors.
 */
public record EventRecorded(Event event, List<String> fulfils, String field) {
}
