import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { RequestAuth } from '../common/actor';
import { requestContext } from '../common/request-context';
import { AppConfig } from '../config/config';
import { GqlContext } from './context';
import { formatError } from './format-error';
import { createLoaders } from './loaders';

/** Query limits: deep, wide or aliased queries are refused before they run. */
export const QUERY_LIMITS = { maxDepth: 10, maxAliases: 15, maxCost: 20000, maxTokens: 3000, maxDirectives: 20 };

/** Tells tests and the benchmark how many SQL statements the request ran (only when enabled). */
type Plugin = NonNullable<ApolloDriverConfig['plugins']>[number];
const sqlCountPlugin: Plugin = {
  requestDidStart: async () => ({
    willSendResponse: async ({ response }: { response: { http: { headers: Map<string, string> } } }) => {
      const store = requestContext.getStore();
      if (store) response.http.headers.set('x-sql-statements', String(store.sqlStatements));
    },
  }),
};

/** Depth, alias, cost, token and directive limits, and no field suggestions in error messages. */
export function createArmor() {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

export function graphqlOptions(config: AppConfig, dataSource: DataSource, log: (obj: object, msg: string) => void): ApolloDriverConfig {
  const armor = createArmor();
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    // Explicit, whatever the NODE_ENV default of the day: no introspection or playground in production.
    introspection: !config.production,
    graphiql: false,
    playground: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    fieldResolverEnhancers: ['guards'],
    validationRules: armor.validationRules,
    // graphql-armor's types come from @apollo/server's ES build, ours from its CommonJS build: same objects.
    plugins: [...(armor.plugins as unknown as Plugin[]), ...(config.exposeSqlCount ? [sqlCountPlugin] : [])],
    formatError: formatError(log),
    context: ({ req, res }: { req: Request & { auth?: RequestAuth }; res: Response }): GqlContext => {
      const auth = req.auth ?? { actor: null, expired: false, ip: req.ip ?? null, userAgent: null };
      return { req, res, auth, loaders: createLoaders(dataSource, auth) };
    },
  };
}
