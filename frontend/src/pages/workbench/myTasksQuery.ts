import { graphql } from '../../gql';

export const MyTasksQuery = graphql(`
  query MyTasks {
    myTasks {
      kind
      count
      overdue
      deadline
    }
  }
`);
