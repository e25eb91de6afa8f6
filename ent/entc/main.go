// entc generates the ent client and, through entgql, graph/ent.graphql.
// Run from the module root: go run ./ent/entc (make generate does). It is an
// ordinary package (not a build-ignored file) so that go.mod keeps what it
// needs and generating downloads nothing.
package main

import (
	"log"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/entc"
	"entgo.io/ent/entc/gen"

	"jixiao/graph/describe"
)

func main() {
	ex, err := entgql.NewExtension(
		entgql.WithSchemaGenerator(),
		entgql.WithWhereInputs(true),
		entgql.WithRelaySpec(true),
		entgql.WithConfigPath("gqlgen.yml"),
		entgql.WithSchemaPath("graph/ent.graphql"),
		entgql.WithSchemaHook(describe.Schema),
	)
	if err != nil {
		log.Fatalf("entgql extension: %v", err)
	}
	err = entc.Generate("./ent/schema", &gen.Config{
		Target:  "./ent",
		Package: "jixiao/ent",
		Features: []gen.Feature{
			gen.FeaturePrivacy,
			gen.FeatureEntQL,
			gen.FeatureIntercept,
			gen.FeatureGlobalID,
			gen.FeatureVersionedMigration,
			gen.FeatureExecQuery,
			gen.FeatureModifier,
			gen.FeatureLock,
		},
	}, entc.Extensions(ex), entc.TemplateFiles("./ent/template/cursor_at.tmpl"))
	if err != nil {
		log.Fatalf("running ent codegen: %v", err)
	}
}
