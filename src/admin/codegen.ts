import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents from the committed schema.graphql: no server, no network.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['src/admin/**/*.tsx', 'src/admin/**/*.ts', '!src/admin/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/admin/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTimeISO: 'string' } },
    },
  },
};

export default config;
