import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const VIRTUAL_PREFIX = 'virtual:koers-document/';
const RESOLVED_PREFIX = `\0${VIRTUAL_PREFIX}`;
/** What GraphQL Code Generator's optimizer writes for each `graphql(…)` call it replaces. */
const OPTIMIZED_IMPORT = /import \{ (\w+(?:Document|FragmentDoc)) \} from "[^"]*\/gql\/graphql";/g;

/**
 * Gives every GraphQL document the web app uses a module of its own.
 *
 * Codegen's client preset writes all documents into one module (`gql/graphql.ts`), and a bundler
 * never splits a module across chunks: every page would download every document, the admin
 * area's included. The preset's babel optimizer already turns each `graphql(…)` call into an
 * import of that one document; this plugin points those imports at a module holding only it, so
 * a document travels in the chunk of the page that uses it.
 */
export function documentModules(generatedFile: string): Plugin {
  let documents: Map<string, string> | undefined;
  const documentSource = (name: string): string | undefined => {
    documents ??= new Map(
      [
        ...readFileSync(generatedFile, 'utf8').matchAll(
          /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm,
        ),
      ].map(([, exported, json]) => [exported as string, json as string]),
    );
    return documents.get(name);
  };
  return {
    name: 'koers-document-modules',
    apply: 'build',
    buildStart() {
      documents = undefined;
    },
    transform(code, id) {
      if (!id.includes('/client/src/') || id.includes('/client/src/gql/')) return null;
      if (!code.includes('/gql/graphql"')) return null;
      const rewritten = code.replace(
        OPTIMIZED_IMPORT,
        (_statement, name: string) => `import { ${name} } from "${VIRTUAL_PREFIX}${name}";`,
      );
      return rewritten === code ? null : { code: rewritten, map: null };
    },
    resolveId(source) {
      return source.startsWith(VIRTUAL_PREFIX) ? `\0${source}` : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) return null;
      const name = id.slice(RESOLVED_PREFIX.length);
      const json = documentSource(name);
      if (json === undefined) this.error(`No generated GraphQL document named ${name}: run npm run codegen`);
      return `export const ${name} = ${json};`;
    },
  };
}
