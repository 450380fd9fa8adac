import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { unauthenticated } from '../errors';
import type { GraphQLContext } from './context';
import { isPublicField } from './publicFields';

type Resolver = GraphQLFieldResolver<unknown, GraphQLContext>;

/** Wraps a resolver (or a subscription's `subscribe`) so that a visitor is refused with UNAUTHENTICATED. */
function signedInOnly(resolve: Resolver): Resolver {
  return (source, args, ctx, info) => {
    if (!ctx.viewer) throw unauthenticated();
    return resolve(source, args, ctx, info);
  };
}

/**
 * Deny by default: every field of every type that is not on the public list requires a signed-in
 * viewer, on every path (a private field reached through a public one is refused as well). The
 * domain still authorizes each command and query with `can`; this catches what a resolver forgot.
 */
export function denyByDefault(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (isPublicField(type.name, field.name)) continue;
      field.resolve = signedInOnly((field.resolve as Resolver | undefined) ?? defaultFieldResolver);
      if (field.subscribe) field.subscribe = signedInOnly(field.subscribe as Resolver);
    }
  }
  return schema;
}
