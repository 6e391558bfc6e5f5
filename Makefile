# Everyday tasks. The README's two commands are scripts/run and scripts/test.
.PHONY: run test lint format data screenshots package dist smoke-test-bundle

run:
	bash scripts/run

test:
	bash scripts/test

lint:
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .

format:
	.venv/bin/ruff format .
	.venv/bin/ruff check --fix .

data:
	.venv/bin/timeline-explorer build-data

screenshots:
	xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots.py out/

# The packaged desktop app (PyInstaller): dist/timeline-explorer/timeline-explorer.
# ONEFILE=1 make package builds dist/timeline-explorer-onefile instead.
package:
	bash scripts/package

dist: package

smoke-test-bundle:
	bash scripts/smoke-test-bundle
