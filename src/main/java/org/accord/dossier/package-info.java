/**
 * Dossiers: the JSON format analysts import, its reader (JSON Schema validation), the importer
 * and the seed loader.
 *
 * <p>May import {@code graphql}, the feature packages it writes, and {@code execution} for the
 * request deadline; no package imports it.
 * It may also use the role names of {@code security}.
 */
package org.accord.dossier;
