// Command koers-ferretdb runs FerretDB 1.24 (Apache-2.0) embedded, on SQLite files, as Koers's
// default database. It wraps FerretDB's embeddable package instead of building cmd/ferretdb
// because the module proxy serves v1.24.2 without its generated build/version/version.txt,
// which makes cmd/ferretdb panic at start-up when built outside FerretDB's own repository.
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

// idPathIndexes gives every collection table in the SQLite files under dir an index on the
// expression FerretDB 1.24's SQLite backend writes with: its updates and deletes address a row
// by `_ferretdb_sjson->'$._id'`, which its own `_id` index (on `->"_id"`) does not serve, so
// without this each update of one document scans and parses its whole collection (an update of
// one adoption record took 20 ms at 2,000 records and grows with the collection). FerretDB keeps
// its indexes in its own metadata, so it neither lists nor drops this one; dropping a collection
// drops the table and the index with it. The driver ("sqlite", modernc.org/sqlite) is the one
// FerretDB registers.
func idPathIndexes(dir string, logger *slog.Logger) {
	files, _ := filepath.Glob(filepath.Join(dir, "*.sqlite"))
	for _, file := range files {
		// Opened afresh each time: a database dropped and made again is a new file.
		db, err := sql.Open("sqlite", "file:"+file+"?_pragma=busy_timeout(10000)")
		if err != nil {
			logger.Warn("cannot open for the _id path index", "file", file, "error", err)
			continue
		}
		indexTables(db, logger)
		db.Close()
	}
}

// indexTables adds the index to the tables of one file that lack it.
func indexTables(db *sql.DB, logger *slog.Logger) {
	rows, err := db.Query(`SELECT table_name FROM _ferretdb_collections c WHERE NOT EXISTS
		(SELECT 1 FROM sqlite_master m WHERE m.type = 'index' AND m.name = c.table_name || '__id_path')`)
	if err != nil {
		return // a file FerretDB has not set up yet
	}
	var tables []string
	for rows.Next() {
		var table string
		if rows.Scan(&table) == nil {
			tables = append(tables, table)
		}
	}
	rows.Close()
	for _, table := range tables {
		statement := fmt.Sprintf(`CREATE INDEX IF NOT EXISTS "%s__id_path" ON "%s" (_ferretdb_sjson->'$._id')`, table, table)
		if _, err := db.Exec(statement); err != nil {
			logger.Warn("cannot add the _id path index", "table", table, "error", err)
		}
	}
}

func main() {
	listen := flag.String("listen-addr", "127.0.0.1:0", "TCP address to listen on; port 0 picks a free port")
	sqliteURL := flag.String("sqlite-url", "file:data/", "SQLite URI of the directory holding the database files")
	postgresqlURL := flag.String("postgresql-url", "", "PostgreSQL URL; when set, FerretDB stores its data there instead of in SQLite files")
	logLevel := flag.String("log-level", "warn", "debug, info, warn or error")
	exitOnStdinClose := flag.Bool("exit-on-stdin-close", false, "stop when standard input closes, so the database never outlives a parent that was killed")
	flag.Parse()

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fmt.Fprintf(os.Stderr, "invalid --log-level %q: %s\n", *logLevel, err)
		os.Exit(2)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	if *exitOnStdinClose {
		go func() {
			_, _ = io.Copy(io.Discard, os.Stdin)
			stop()
		}()
	}

	config := &ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listen},
		Logger:    logger,
		Handler:   "sqlite",
		SQLiteURL: *sqliteURL,
	}
	if *postgresqlURL != "" {
		config.Handler = "postgresql"
		config.PostgreSQLURL = *postgresqlURL
	}
	f, err := ferretdb.New(config)
	if err != nil {
		fmt.Fprintf(os.Stderr, "cannot start FerretDB: %s\n", err)
		os.Exit(1)
	}

	// The launcher reads this line to learn the port; it must stay alone on its line.
	fmt.Println(f.MongoDBURI())

	// Collections appear as Koers first writes them: new tables get their index within a second.
	// (FerretDB's PostgreSQL backend addresses rows by an expression its own index serves.)
	dir := strings.SplitN(strings.TrimPrefix(*sqliteURL, "file:"), "?", 2)[0]
	go func() {
		if config.Handler != "sqlite" {
			return
		}
		ticker := time.NewTicker(time.Second)
		defer ticker.Stop()
		for {
			idPathIndexes(dir, logger)
			select {
			case <-ctx.Done():
				return
			case <-ticker.C:
			}
		}
	}()

	if err := f.Run(ctx); err != nil {
		fmt.Fprintf(os.Stderr, "FerretDB stopped: %s\n", err)
		os.Exit(1)
	}
}
