// Command koers-ferretdb runs FerretDB 1.24 (Apache-2.0) embedded, on SQLite files, as Koers's
// default database. It wraps FerretDB's embeddable package instead of building cmd/ferretdb
// because the module proxy serves v1.24.2 without its generated build/version/version.txt,
// which makes cmd/ferretdb panic at start-up when built outside FerretDB's own repository.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen-addr", "127.0.0.1:0", "TCP address to listen on; port 0 picks a free port")
	sqliteURL := flag.String("sqlite-url", "file:data/", "SQLite URI of the directory holding the database files")
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

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listen},
		Logger:    logger,
		Handler:   "sqlite",
		SQLiteURL: *sqliteURL,
	})
	if err != nil {
		fmt.Fprintf(os.Stderr, "cannot start FerretDB: %s\n", err)
		os.Exit(1)
	}

	// The launcher reads this line to learn the port; it must stay alone on its line.
	fmt.Println(f.MongoDBURI())

	if err := f.Run(ctx); err != nil {
		fmt.Fprintf(os.Stderr, "FerretDB stopped: %s\n", err)
		os.Exit(1)
	}
}
