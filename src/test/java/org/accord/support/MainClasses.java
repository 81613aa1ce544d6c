package org.accord.support;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The main code's classes as ArchUnit reads them, imported once for the tests that check the code
 * itself (architecture, internal APIs, the field map, citable types, the dossier schema's enums).
 */
public final class MainClasses {

    public static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.accord");

    private MainClasses() {
    }
}
