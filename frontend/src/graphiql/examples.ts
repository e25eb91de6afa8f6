// Example operations GraphiQL opens with; the API guide (docs/api-guide.md)
// explains them, and its own examples are run against a server by a Go test.
export const exampleTabs = [
  {
    query: `# 登录：设置会话 Cookie，并返回可用于 Authorization: Bearer 的令牌
# Log in: sets the session cookie and returns a token for Authorization: Bearer
mutation Login($username: String!, $password: String!) {
  login(input: {username: $username, password: $password}) {
    token
    user { username role }
  }
}`,
    variables: JSON.stringify({ username: 'leader', password: 'Jixiao@2026' }, null, 2),
  },
  {
    query: `# 区域与年度驾驶舱概览 / Regions and the year's cockpit overview
query Overview($fiscalYear: Int!) {
  regions { name departmentCount }
  overview(fiscalYear: $fiscalYear) {
    projectCount
    budget
    paid
    executionRate
  }
}`,
    variables: JSON.stringify({ fiscalYear: 2025 }, null, 2),
  },
  {
    query: `# 部门比较（分页）/ Department comparison, paged
query Departments($fiscalYear: Int!, $after: Cursor) {
  departmentStats(fiscalYear: $fiscalYear, first: 10, after: $after, orderBy: {field: AVERAGE_SCORE, direction: DESC}) {
    totalCount
    edges { node { department { name region } projectCount executionRate averageScore rank } }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: JSON.stringify({ fiscalYear: 2025 }, null, 2),
  },
  {
    query: `# 纯规则查询，无需登录 / Pure rule queries, no login needed
{
  gradeFor(score: "86.5")
  executionRateScore(paid: "900", budget: "1000") { score explanation flags }
}`,
  },
];
