/**
 * Operations: GraphQL operation metrics and PostgreSQL connection settings.
 *
 * <p>Imports no other Accord package.
 */
package org.accord.ops;
