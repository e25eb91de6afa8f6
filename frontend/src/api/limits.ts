/** The server refuses first/last above this (httpapi limits: MaxPageSize). */
export const SERVER_MAX_PAGE_SIZE = 100;

/**
 * The page of the department comparison's export (「导出 Excel」), which reads
 * every department the filters leave — not of the page load, which asks for
 * one table page, the top 15 bars and the chart's counted cells. The server
 * pages departmentStats up to 10000 (httpapi largePages) because a page costs
 * one ranking statement however long it is, where pages of 100 cost one each
 * (a province's 5,953 departments: 60 statements instead of 1). 8000 keeps the
 * answer of the table's selection (about 420 bytes a row) under the server's
 * 4 MB answer limit.
 */
export const DEPARTMENT_STATS_PAGE_SIZE = 8000;
