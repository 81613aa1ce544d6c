/**
 * Persisted operations: automatic persisted queries and trusted documents.
 *
 * <p>Imports no other Accord package.
 */
package org.accord.persisted;
