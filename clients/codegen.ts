// graphql-codegen: typed documents for the README's operations (and this suite's own, operations/),
// from the schema file (not introspection). The client preset writes generated/gql/graphql.ts and
// the trusted-documents manifest (id → document text; the build moves it to
// generated/persisted-documents.json); each typed document carries its id as __meta__.hash.
// __typename is added to every selection set first, so that the manifest's documents are the ones
// Apollo Client (which adds __typename) sends.
import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['generated/operations/*.graphql', 'operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'generated/gql/': {
      preset: 'client',
      presetConfig: {
        // ids are the bare SHA-256 of the text (the preset's default is "sha256:<hex>"), because Apollo's
        // PersistedQueryLink sends the id as extensions.persistedQuery.sha256Hash, which takes 64 hex digits
        persistedDocuments: { hashAlgorithm: (text: string) => createHash('sha256').update(text, 'utf8').digest('hex') },
        fragmentMasking: false,
      },
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
    'generated/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { useExplicitTyping: true },
    },
  },
};
export default config;
