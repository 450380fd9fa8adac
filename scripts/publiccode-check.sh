#!/usr/bin/env bash
# Validates publiccode.yml against the publiccode.yml standard with its reference validator
# (publiccode-parser-go, pinned in tools/publiccode/go.mod). Offline: URL existence is not checked,
# files the YAML names are looked up in this repository.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export PATH="$PATH:/usr/local/go/bin"
cd "$root/tools/publiccode"
go tool publiccode-parser -no-network -path "$root" "$root/publiccode.yml"
echo "publiccode.yml is valid"
