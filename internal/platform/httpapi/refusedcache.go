package httpapi

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"maps"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"jixiao/internal/domain/fail"
)

// refusedCacheSize bounds the refused operations remembered.
const refusedCacheSize = 1000

// refusedCache remembers the operations the cost model refused, by the hash
// of their text and variables, so that a client sending the same refused
// request again is refused before its text is parsed, validated and walked
// again. Only refusals that depend on nothing but the text and the variables
// are kept (not the per-viewer budget, not an answer too large).
type refusedCache struct {
	entries graphql.Cache[refusal]
}

// refusal is what it takes to answer a refused operation again.
type refusal struct {
	code, zh, en string
	ext          map[string]any
}

// cacheableRefusals depend on the operation's text and variables only.
var cacheableRefusals = map[string]bool{
	CodeQueryTooLarge: true, CodeQueryTooDeep: true, CodeTooManyAliases: true,
	CodeQueryTooComplex: true, CodePageSizeExceeded: true,
}

func newRefusedCache() *refusedCache {
	return &refusedCache{entries: lru.New[refusal](refusedCacheSize)}
}

// refusedKey hashes what a refusal depends on: the operation's name, text and variables.
func refusedKey(p *graphql.RawParams) string {
	h := sha256.New()
	h.Write([]byte(p.OperationName))
	h.Write([]byte{0})
	h.Write([]byte(p.Query))
	h.Write([]byte{0})
	vars, _ := json.Marshal(p.Variables) // map keys sorted: the same variables, the same bytes
	h.Write(vars)
	return hex.EncodeToString(h.Sum(nil))
}

// lookup answers a remembered refusal anew (the error presenter changes what it is given).
func (c *refusedCache) lookup(ctx context.Context, key string) *gqlerror.Error {
	r, ok := c.entries.Get(ctx, key)
	if !ok {
		return nil
	}
	return rejection(r.code, r.zh, r.en, maps.Clone(r.ext))
}

// remember keeps err under key when it is a refusal that the text alone decides.
func (c *refusedCache) remember(ctx context.Context, key string, err *gqlerror.Error) {
	var typed *fail.Error
	if key == "" || err == nil || !errors.As(err, &typed) || !cacheableRefusals[typed.Code] {
		return
	}
	ext := maps.Clone(err.Extensions)
	delete(ext, "code")
	c.entries.Add(ctx, key, refusal{code: typed.Code, zh: typed.ZH, en: typed.EN, ext: ext})
}
