// Command sequential rewrites gqlgen's generated executor so that list
// elements are marshalled in the calling goroutine (graph.marshalList)
// instead of one goroutine each (graphql.MarshalSliceConcurrently), and an
// object's path is only computed for @defer when it is used, and an object's
// fields are written without gqlgen's per-object map (graph/lists.go). gqlgen
// v0.17 has no setting for this: exec.worker_limit only bounds how many of
// the per-element goroutines run at once. It runs after every
// `go tool gqlgen` (make generate, go generate ./graph); a test in package
// graph fails when the generated code calls the concurrent form again.
//
//	go run ./graph/sequential graph/generated.go
package main

import (
	"bytes"
	"fmt"
	"os"
)

// rewrites: gqlgen's call, then ours (graph/lists.go says why).
var rewrites = [][2]string{
	{"graphql.MarshalSliceConcurrently(", "marshalList("},
	{"graphql.NewDeferredGroup(ctx)", "newDeferredGroup(ctx)"},
	{"ec.ProcessDeferredGroup(deferred)", "ec.ProcessDeferredGroup(deferredWithPath(deferred))"},
	{"\n\treturn out\n}\n", "\n\treturn objectFields{out, fields}\n}\n"},
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: sequential graph/generated.go")
		os.Exit(2)
	}
	path := os.Args[1]
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	out := src
	for _, r := range rewrites {
		out = bytes.ReplaceAll(out, []byte(r[0]), []byte(r[1]))
	}
	if bytes.Equal(out, src) {
		return // already rewritten, or gqlgen names the function differently (the test tells)
	}
	if err := os.WriteFile(path, out, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
