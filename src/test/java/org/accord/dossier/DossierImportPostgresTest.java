package org.accord.dossier;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.accord.support.PostgresProfile;

/** Every test of {@link DossierImportTest}, on a real PostgreSQL server instead of H2. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class DossierImportPostgresTest extends DossierImportTest {
}
