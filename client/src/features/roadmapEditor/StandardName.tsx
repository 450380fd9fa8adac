import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../gql';

const StandardNameQuery = graphql(`
  query StandardNameQuery($id: ID!) {
    standard(id: $id) {
      id
      slug
      name
    }
  }
`);

/**
 * A linked standard by its name, as a link to its page when `link` is set. The document stores
 * only ids; Apollo caches each standard, so every id is fetched once.
 */
export function StandardName({ id, link = false }: { id: string; link?: boolean }) {
  const { data } = useQuery(StandardNameQuery, { variables: { id } });
  const standard = data?.standard;
  if (!standard) return <>{id}</>;
  if (!link) return <>{standard.name}</>;
  return (
    <Link className="utrecht-link" to={`/standaarden/${standard.slug}`}>
      {standard.name}
    </Link>
  );
}
