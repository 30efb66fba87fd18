#!/usr/bin/env bash
# Deploy citycrawl to a Scrapyd server: `deploy/scrapyd-deploy.sh [TARGET] [extra args]`.
#
# TARGET is a [deploy:TARGET] section of scrapy.cfg (default: local, 127.0.0.1:6800).
# scrapyd-deploy builds an egg with a generated setup.py that it leaves behind and that
# knows nothing of the package data (member lists, the city finder's word lists): the egg
# is built in a temporary copy, from pyproject.toml through a one-line setup.py (the pure
# build: a zipped egg imports no compiled module), so the data travels with the code and
# the working tree stays clean. `--build-egg FILE` only builds the egg.
set -euo pipefail
project_dir="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$project_dir/citycrawl" "$project_dir/pipelines" "$project_dir/scrapy.cfg" \
    "$project_dir/pyproject.toml" "$project_dir/README.md" "$work/"
echo 'from setuptools import setup; setup()' >"$work/setup.py"
find "$work" -name __pycache__ -prune -exec rm -rf {} +
# A compiled date grammar (setup.py, CITYCRAWL_COMPILE=1) is built for this machine, and a
# zipped egg cannot import it anyway: the egg carries the sources.
find "$work" -name '*.so' -delete
cd "$work"
scrapyd-deploy "${1:-local}" "${@:2}"
