// Talks to the GraphQL API directly (to find demo records to click through).
export async function login(url, username, password) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($input: LoginInput!) { login(input: $input) { token } }', variables: { input: { username, password } } }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(`login failed: ${JSON.stringify(body.errors)}`);
  return body.data.login.token;
}

export async function gql(url, token, query, variables = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(`query failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}
