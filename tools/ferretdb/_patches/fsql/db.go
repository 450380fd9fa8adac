// Copyright 2021 FerretDB Inc.
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//     http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

// Koers: this is FerretDB v1.24.2's internal/util/fsql/db.go with three changes, marked "Koers" below.
// scripts/setup.mjs builds the embedded FerretDB from a vendored copy with this file in its place
// (a directory whose name starts with "_" is ignored by the go command).

// Package fsql provides [database/sql] utilities.
package fsql

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/FerretDB/FerretDB/internal/util/lazyerrors"
	"github.com/FerretDB/FerretDB/internal/util/logging"
	"github.com/FerretDB/FerretDB/internal/util/resource"
)

// DB wraps [*database/sql.DB] with tracing, metrics, logging, and resource tracking.
//
// It exposes the subset of *sql.DB methods we use except that it returns *Rows instead of *sql.Rows.
// It also exposes additional methods.
type DB struct {
	*metricsCollector

	sqlDB     *sql.DB
	l         *slog.Logger
	token     *resource.Token
	BatchSize int

	// Koers: writing lets one write at a time reach the database, in the order they came. SQLite
	// has one writer per file; FerretDB's pool of 100 connections otherwise makes writers meet in
	// SQLite's busy handler, which retries by sleeping (1, 2, 5 ... 100 ms) and lets a late writer
	// overtake a waiting one, so under load some writes waited seconds. Reads stay concurrent.
	writing sync.Mutex

	// Koers: transactions asked for while another commits wait in txQueue and are then run
	// together, each in its own savepoint, and committed once (group commit). With
	// synchronous=FULL every commit waits for the disk; committed one by one, a burst of small
	// writes (a report is five) queued behind each other's flushes.
	txMu      sync.Mutex
	txQueue   []*queuedTx
	txLeading bool
}

// queuedTx is one caller's transaction waiting to be run in a group (Koers).
type queuedTx struct {
	ctx  context.Context
	f    func(*Tx) error
	done chan error
}

// WrapDB creates a new DB.
//
// Name is used for metric label values, etc.
// Logger (that will be named) is used for query logging.
func WrapDB(db *sql.DB, name string, l *slog.Logger) *DB {
	if db == nil {
		return nil
	}

	res := &DB{
		metricsCollector: newMetricsCollector(name, db.Stats),
		sqlDB:            db,
		l:                logging.WithName(l, name),
		token:            resource.NewToken(),
	}

	resource.Track(res, res.token)

	return res
}

// Close calls [*sql.DB.Close].
func (db *DB) Close() error {
	resource.Untrack(db, db.token)
	return db.sqlDB.Close()
}

// Ping calls [*sql.DB.Ping].
func (db *DB) Ping(ctx context.Context) error {
	return db.sqlDB.Ping()
}

// QueryContext calls [*sql.DB.QueryContext].
//
// Koers: here and below, the query's log fields are built only when debug logging is on. slog's
// With formats its attributes at once, every argument (whole documents) quoted, even when the line
// is then dropped: about 7% of FerretDB's CPU under a burst of reports.
func (db *DB) QueryContext(ctx context.Context, query string, args ...any) (*Rows, error) {
	start := time.Now()
	debug := db.l.Enabled(ctx, slog.LevelDebug)

	var fields []any
	if debug {
		fields = []any{slog.Any("args", args)}
		db.l.With(fields...).DebugContext(ctx, fmt.Sprintf(">>> %s", query))
	}

	rows, err := db.sqlDB.QueryContext(ctx, query, args...)

	if debug {
		fields = append(fields, slog.Duration("time", time.Since(start)), logging.Error(err))
		db.l.With(fields...).DebugContext(ctx, fmt.Sprintf("<<< %s", query))
	}

	return wrapRows(rows), err
}

// QueryRowContext calls [*sql.DB.QueryRowContext].
func (db *DB) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	start := time.Now()
	debug := db.l.Enabled(ctx, slog.LevelDebug)

	var fields []any
	if debug {
		fields = []any{slog.Any("args", args)}
		db.l.With(fields...).DebugContext(ctx, fmt.Sprintf(">>> %s", query))
	}

	row := db.sqlDB.QueryRowContext(ctx, query, args...)

	if debug {
		fields = append(fields, slog.Duration("time", time.Since(start)), logging.Error(row.Err()))
		db.l.With(fields...).DebugContext(ctx, fmt.Sprintf("<<< %s", query))
	}

	return row
}

// ExecContext calls [*sql.DB.ExecContext].
func (db *DB) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	start := time.Now()
	debug := db.l.Enabled(ctx, slog.LevelDebug)

	var fields []any
	if debug {
		fields = []any{slog.Any("args", args)}
		db.l.With(fields...).DebugContext(ctx, fmt.Sprintf(">>> %s", query))
	}

	db.writing.Lock()
	res, err := db.sqlDB.ExecContext(ctx, query, args...)
	db.writing.Unlock()

	if debug {
		if res != nil {
			ra, _ := res.RowsAffected()
			fields = append(fields, slog.Int64("rows", ra))
		}

		fields = append(fields, slog.Duration("time", time.Since(start)), logging.Error(err))
		db.l.With(fields...).DebugContext(ctx, fmt.Sprintf("<<< %s", query))
	}

	return res, err
}

// InTransaction wraps the given function f in a transaction.
//
// If f returns an error or context is canceled, the transaction is rolled back.
//
// Koers: f runs in a group with the transactions asked for while the previous group committed,
// in the order they came, each in a savepoint: an f that fails (or panics) is rolled back to its
// savepoint alone, and InTransaction returns only after the group's one commit, so every caller
// still returns once its writes are durable.
func (db *DB) InTransaction(ctx context.Context, f func(*Tx) error) error {
	q := &queuedTx{ctx: ctx, f: f, done: make(chan error, 1)}

	db.txMu.Lock()
	db.txQueue = append(db.txQueue, q)
	lead := !db.txLeading
	db.txLeading = true
	db.txMu.Unlock()

	if lead {
		db.commitQueued()
	}

	return <-q.done
}

// commitQueued commits the queued transactions as one group; should more have queued meanwhile,
// another goroutine takes them, so the caller that led this group is not held for later ones (Koers).
func (db *DB) commitQueued() {
	db.txMu.Lock()
	group := db.txQueue
	db.txQueue = nil
	db.txMu.Unlock()

	db.commitGroup(group)

	db.txMu.Lock()
	more := len(db.txQueue) > 0
	db.txLeading = more
	db.txMu.Unlock()

	if more {
		go db.commitQueued()
	}
}

// commitGroup runs each queued transaction in one database transaction and commits it, then
// tells each caller its outcome (Koers).
func (db *DB) commitGroup(group []*queuedTx) {
	results := make([]error, len(group))

	defer func() {
		for i, q := range group {
			q.done <- results[i]
		}
	}()

	db.writing.Lock()
	defer db.writing.Unlock()

	// Not a caller's context: one caller giving up must not roll back the others' writes.
	sqlTx, err := db.sqlDB.BeginTx(context.Background(), nil)
	if err != nil {
		for i := range results {
			results[i] = lazyerrors.Error(err)
		}

		return
	}

	tx := wrapTx(sqlTx, db.l)

	if len(group) == 1 {
		results[0] = runTx(group[0], tx)
	} else {
		for i, q := range group {
			var broken error
			if results[i], broken = runInSavepoint(q, tx); broken != nil {
				_ = tx.Rollback()

				for j := range results {
					results[j] = lazyerrors.Error(broken)
				}

				return
			}
		}
	}

	// A lone transaction that failed is rolled back as a whole, as FerretDB always did.
	if len(group) == 1 && results[0] != nil {
		_ = tx.Rollback()
		return
	}

	if err = tx.Commit(); err != nil {
		_ = tx.Rollback()

		for i := range results {
			if results[i] == nil {
				results[i] = lazyerrors.Error(err)
			}
		}
	}
}

// runTx runs one caller's f, turning a panic into its error so the other callers are still told (Koers).
func runTx(q *queuedTx, tx *Tx) (err error) {
	if err = q.ctx.Err(); err != nil {
		return
	}

	defer func() {
		if p := recover(); p != nil {
			err = lazyerrors.Errorf("transaction panicked: %v", p)
		}
	}()

	// do not wrap f's error because the caller depends on it in some cases
	return q.f(tx)
}

// runInSavepoint runs one caller's f in a savepoint, rolled back to should f fail; broken is set
// when the savepoint itself could not be handled, and the whole group must be given up (Koers).
func runInSavepoint(q *queuedTx, tx *Tx) (result, broken error) {
	ctx := context.Background()

	if _, broken = tx.ExecContext(ctx, "SAVEPOINT koers_group"); broken != nil {
		return nil, broken
	}

	if result = runTx(q, tx); result != nil {
		if _, broken = tx.ExecContext(ctx, "ROLLBACK TO koers_group"); broken != nil {
			return result, broken
		}
	}

	_, broken = tx.ExecContext(ctx, "RELEASE koers_group")

	return result, broken
}

// check interfaces
var (
	_ prometheus.Collector = (*DB)(nil)
)
