/** The server refuses first/last above this (httpapi limits: MaxPageSize). */
export const SERVER_MAX_PAGE_SIZE = 100;
