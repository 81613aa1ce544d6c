// @graphql-eslint over the schema file and the operations. Run from the repository root (the schema
// file is there): npm run lint does `cd .. && eslint -c clients/eslint.config.mjs …`. Every rule switched off or reconfigured
// here has its reason in docs/frontend.md, "Lint exemptions".
import graphql from '@graphql-eslint/eslint-plugin';

const relayRules = {
  '@graphql-eslint/relay-arguments': 'error',
  '@graphql-eslint/relay-connection-types': 'error',
  '@graphql-eslint/relay-edge-types': 'error',
  '@graphql-eslint/relay-page-info': 'error',
};

export default [
  { ignores: ['clients/node_modules/**', 'clients/dist/**', 'clients/generated/relay/**', 'clients/generated/gql/**'] },
  {
    files: ['**/*.graphql'],
    languageOptions: {
      parser: graphql.parser,
      parserOptions: {
        graphQLConfig: {
          schema: 'schema.graphql',
          documents: ['clients/generated/operations/*.graphql', 'clients/operations/*.graphql'],
        },
      },
    },
    plugins: { '@graphql-eslint': graphql },
  },
  {
    files: ['schema.graphql'],
    rules: {
      ...graphql.configs['flat/schema-recommended'].rules,
      ...relayRules,
      // exemptions and their reasons: docs/frontend.md, "Lint exemptions"
      '@graphql-eslint/description-style': ['error', { style: 'inline' }],
      '@graphql-eslint/relay-edge-types': ['error', { listTypeCanWrapOnlyEdgeType: false }],
      '@graphql-eslint/strict-id-in-types': ['error', {
        acceptedIdNames: ['id'],
        acceptedIdTypes: ['ID'],
        exceptions: {
          types: ['PageInfo', 'PartialDate', 'Quantity', 'CommitmentStats', 'StatusCount', 'TimelineItemAdded', 'CommitmentStatusChanged'],
          suffixes: ['Connection', 'Edge', 'Payload'],
        },
      }],
    },
  },
  {
    files: ['clients/generated/operations/*.graphql', 'clients/operations/*.graphql'],
    rules: { ...graphql.configs['flat/operations-recommended'].rules },
  },
  {
    // README's examples are read by people in GraphiQL: they select what they show, not ids.
    files: ['clients/generated/operations/*.graphql'],
    rules: { '@graphql-eslint/require-selections': 'off' },
  },
];
