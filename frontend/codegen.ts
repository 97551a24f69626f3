import type { CodegenConfig } from '@graphql-codegen/cli';
import path from 'node:path';

// Paths are resolved from this file, so the command works from the repository root
// (`npx graphql-codegen --config frontend/codegen.ts`) and from frontend/ (`npm run codegen`).
const here = __dirname;

const config: CodegenConfig = {
  schema: path.join(here, '../shared/schema.graphql'),
  documents: [path.join(here, 'src/**/*.{ts,tsx}'), '!' + path.join(here, 'src/gql/**/*')],
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
      },
    },
  },
};

export default config;
