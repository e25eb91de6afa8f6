// Package demo writes Jixiao's deterministic demo data and its benchmark
// data sets: a realistic budget-performance year cycle of 榆林市 (市本级 and
// its twelve districts and counties) over the fiscal years 2024–2026, as of
// 2026-11-23 (AsOf): 2024 and 2025 closed and evaluated, 2026 running with
// payments to mid-November and monitoring through October.
//
// What it writes, all consistent with each other and with package rules:
// departments and subordinate units with codes, kinds, sectors and headcounts;
// funds by source and level; projects with categories, key-project flags and
// statuses across the lifecycle; ex-ante assessments (a few 不予支持); targets
// with three-level indicators (weights summing to 90, baselines, actual values
// of closed years — some missing, some over-achieved), reviews with their
// automatic checks, mid-year adjustments (the old version SUPERSEDED) and
// department-wide targets; allocations (initial and adjusted) and monthly
// disbursements with realistic execution patterns; monitoring records with
// per-indicator progress and warnings by the domain's rules; self-evaluations
// scored with the 单位自评 scheme, finance key, third-party and department-wide
// evaluations scored with the rules' scheme templates; rectifications (some
// overdue) and budget links; the indicator library, the national rule set,
// agencies, experts and the demo users of the API contract.
//
// Sizes: Demo (about 50 departments and 300 projects, loaded by the server
// into an empty database), City (about 660 departments, 30,000 projects,
// 1.9 million rows) and Province (ten cities: ten times City). The same
// generator makes all three from one fixed random stream, so every load of a
// size writes the same rows (but for the bcrypt salt of the password hash).
//
// Load writes in one transaction, with explicit ids from each table's id
// range: COPY on PostgreSQL (with the loaded tables' foreign keys and
// secondary indexes dropped and restored around it, see bulk.go), multi-row
// INSERTs on SQLite. It then advances the id sequences and rebuilds the
// analytics summaries, in the same transaction. Rows are generated and
// written in chunks of projects, so memory stays bounded at any size.
//
// The command demo/cmd/generate loads a size into an empty database:
//
//	go run ./demo/cmd/generate --size city --database-url postgres://postgres@127.0.0.1:5432/DB?sslmode=disable
package demo
