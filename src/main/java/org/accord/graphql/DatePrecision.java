package org.accord.graphql;

import org.eclipse.microprofile.graphql.Description;

/**
 * How precisely a {@link PartialDate} is known. Declared from finest to coarsest.
 */
@Description("How precisely a partial date is known: to the day, to the month or only to the year. "
        + "For an interval it is the coarser precision of its two ends.")
public enum DatePrecision {

    @Description("Known to the day, e.g. 2023-12-07.")
    DAY,

    @Description("Known to the month, e.g. 2023-10.")
    MONTH,

    @Description("Known only to the year, e.g. 2023.")
    YEAR
}
