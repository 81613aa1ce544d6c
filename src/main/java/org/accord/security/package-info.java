/**
 * Role names, and the start-up check that refuses the development key in production.
 *
 * <p>Imports no other Accord package.
 */
package org.accord.security;
