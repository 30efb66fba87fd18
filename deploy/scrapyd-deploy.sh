#!/usr/bin/env bash
# Deploy citycrawl to a Scrapyd server: `deploy/scrapyd-deploy.sh [TARGET] [extra args]`.
#
# TARGET is a [deploy:TARGET] section of scrapy.cfg (default: local, 127.0.0.1:6800).
# scrapyd-deploy builds an egg with a generated setup.py that it leaves behind; the
# project is built from pyproject.toml, so the egg is built in a temporary copy and the
# working tree stays clean. `--build-egg FILE` only builds the egg.
set -euo pipefail
project_dir="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$project_dir/citycrawl" "$project_dir/pipelines" "$project_dir/scrapy.cfg" "$work/"
find "$work" -name __pycache__ -prune -exec rm -rf {} +
cd "$work"
scrapyd-deploy "${1:-local}" "${@:2}"
