// Package frontend embeds the built single-page application (frontend/dist).
package frontend

import "embed"

// Dist holds the Vite build output; only .keep until the SPA is built.
//
//go:embed all:dist
var Dist embed.FS
