# Jixiao — the two commands a newcomer needs:
#   make run    the product on one port (SQLite + demo data, SPA + GraphQL API)
#   make test   every test (Go on PostgreSQL and SQLite, front end, browser)

GO       ?= go
ADDR     ?= :8080
SPA_SRC  := $(shell find frontend/src frontend/index.html frontend/graphiql.html frontend/vite.config.ts -type f 2>/dev/null)

.PHONY: run test test-go test-large test-frontend e2e generate migration bench bench-go bench-burst bench-documents spa lint pdf-font

run: spa
	$(GO) run ./server -addr $(ADDR)

# The SPA is rebuilt only when its sources are newer than the build.
spa: $(if $(wildcard package.json),frontend/dist/index.html)

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

frontend/dist/index.html: node_modules/.package-lock.json $(SPA_SRC)
	npm run build

test: test-go $(if $(wildcard package.json),test-frontend)

test-go:
	$(GO) vet ./...
	$(GO) test -count=1 -timeout 60m ./...

# The tests that load the 1.9-million-row City data set (minutes; not in make test).
test-large:
	JIXIAO_TEST_LARGE=1 $(GO) test -count=1 -timeout 30m -run TestCityPostgres ./internal/demo

test-frontend: spa
	npm test
	npm run e2e

# Regenerate everything generated (ent, entgql schema, gqlgen, enums); commit the result.
generate:
	$(GO) generate ./internal/domain/enums ./ent
	$(GO) tool gqlgen
	$(GO) run ./graph/sequential graph/generated.go # list elements without a goroutine each

# Write the next PostgreSQL migration from the ent schema: make migration name=add_x
migration:
	$(GO) run ./internal/platform/store/gen-migration $(name)

# Load and SQL benchmarks on the city and province data sets (not part of make test):
# SIZES="city" make bench for the city only; PEER_DIR=<dir> adds PostGraphile v5 and raw SQL
# beside Jixiao, interleaved (PEER_INSTALL=1 installs it there with npm). See internal/bench/run.sh
# and internal/bench/peer/README.md.
bench: bench-go
	internal/bench/run.sh

# CPU (cpu-ns/op), allocations and statements per computed drill-down (1,000 indicators, and the
# PostGraphile comparison's shape: 50 projects, 422 indicators), in process.
bench-go: bench-documents
	$(GO) test -run '^$$' -bench . -benchmem -count=1 ./internal/bench/drilldown

# Another user's p50 and the server's RSS before, during and 60 s after bursts of
# expensive analytics and of wrong passwords, on PostgreSQL and SQLite (about 10 min;
# needs PostgreSQL at 127.0.0.1:5432). See internal/bench/burst.
bench-burst:
	$(GO) run ./internal/bench/burst

# The 申报表 export of a department with 500, 2,000 and 8,000 indicators: time,
# allocated bytes and peak live heap per export (streamed: flat memory).
bench-documents:
	$(GO) test -run '^$$' -bench WriteTargets -benchmem -benchtime=3x -count=1 ./internal/documents/forms

# Cut the PDF reports' embedded CJK font (WenQuanYi Micro Hei, Apache-2.0) to the
# characters of internal/documents/pdfreport/fontchars; needs Debian's
# fonts-wqy-microhei and python3-fonttools. Deterministic: the same inputs give
# the same file. Commit the result.
PDF_FONT_SOURCE ?= /usr/share/fonts/truetype/wqy/wqy-microhei.ttc
PDF_FONT        := internal/documents/pdfreport/font/wqy-microhei-subset.ttf
pdf-font:
	$(GO) run ./internal/documents/pdfreport/fontchars/cmd > $(PDF_FONT).chars.tmp
	/usr/bin/python3 -m fontTools.subset $(PDF_FONT_SOURCE) --font-number=0 \
		--text-file=$(PDF_FONT).chars.tmp --no-hinting --layout-features='' \
		--drop-tables+=GSUB,GPOS,GDEF,vhea,vmtx,gasp,FFTM --output-file=$(PDF_FONT)
	rm -f $(PDF_FONT).chars.tmp
	ls -l $(PDF_FONT)
