package org.accord.graphql;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a connection page sits in the whole list (Relay).")
public record PageInfo(
        @Description("True when more records follow this page (for a backward page: a `before` cursor was given).") boolean hasNextPage,
        @Description("True when records precede this page (for a forward page: an `after` cursor was given).") boolean hasPreviousPage,
        @Description("Cursor of the first edge of the page, null when the page is empty.") String startCursor,
        @Description("Cursor of the last edge of the page, null when the page is empty; pass it as `after` for the next page.") String endCursor) {
}
