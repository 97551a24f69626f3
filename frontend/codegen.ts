import type { CodegenConfig } from '@graphql-codegen/cli';
import path from 'node:path';

// Paths are resolved from this file, so the command works from the repository root
// (`npx graphql-codegen --config frontend/codegen.ts`) and from frontend/ (`npm run codegen`).
const here = __dirname;

const config: CodegenConfig = {
  schema: path.join(here, '../shared/schema.graphql'),
  // Unit tests may declare small documents of their own (cache tests): they are not the app's operations.
  documents: [path.join(here, 'src/**/*.{ts,tsx}'), '!' + path.join(here, 'src/gql/**/*'), '!' + path.join(here, 'src/**/*.spec.{ts,tsx}')],
  ignoreNoDocuments: true,
  generates: {
    // RAFIQ_CODEGEN_OUT lets scripts/check-codegen.mjs generate into a temporary folder and compare.
    [process.env.RAFIQ_CODEGEN_OUT ?? path.join(here, 'src/gql/')]: {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        nonOptionalTypename: true,
        // ISO 8601 strings on the wire.
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
