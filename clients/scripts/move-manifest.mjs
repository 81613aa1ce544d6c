// graphql-codegen's client preset writes its manifest next to the typed documents (generated/gql/);
// the server is given generated/persisted-documents.json.
import { renameSync } from 'node:fs';
renameSync(new URL('../generated/gql/persisted-documents.json', import.meta.url), new URL('../generated/persisted-documents.json', import.meta.url));
console.log('generated/persisted-documents.json written');
