// Package docs embeds the API documents so that the server serves them at
// /docs/ (the guide linked from GraphiQL, the scalars' @specifiedBy URLs).
package docs

import "embed"

// Files are the guide, the error catalogue, the policies and the published schema.
//
//go:embed *.md *.graphql
var Files embed.FS
