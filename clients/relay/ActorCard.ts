// Relay fragments and queries compiled by relay-compiler (relay.config.json) into generated/relay/,
// with their text in the persisted-documents manifest generated/relay-persisted-documents.json.
// This file is read by the compiler only: the tests load the generated artifacts.
import { graphql } from 'relay-runtime';

// An actor, refetchable through Query.node(id:), with a page of the meetings it mediated.
export const actorFragment = graphql`
  fragment ActorCard_actor on Actor
  @refetchable(queryName: "ActorCardRefetchQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 1 }, cursor: { type: "String" }) {
    id
    name
    kind
    names {
      value
      kind
    }
    mediatedEvents(first: $count, after: $cursor, kind: MEETING) @connection(key: "ActorCard_mediatedEvents") {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          start {
            edtf
          }
        }
      }
    }
  }
`;

// People, a page at a time (Query.actors), paginated through the generated ActorCardPeoplePaginationQuery.
export const peopleFragment = graphql`
  fragment ActorCard_people on Query
  @refetchable(queryName: "ActorCardPeoplePaginationQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 3 }, cursor: { type: "String" }) {
    actors(first: $count, after: $cursor, filter: { kind: PERSON }) @connection(key: "ActorCard_actors") {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
        }
      }
    }
  }
`;

// The actors a source's name resolves to, each as an ActorCard.
export const actorCardQuery = graphql`
  query ActorCardQuery($name: String!) {
    resolveActors(name: $name) {
      ...ActorCard_actor
    }
  }
`;

export const peopleQuery = graphql`
  query ActorCardPeopleQuery {
    ...ActorCard_people
  }
`;
