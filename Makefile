# Everyday tasks. The README's two commands are scripts/run and scripts/test.
.PHONY: run test lint format data screenshots docs-images package dist smoke-test-bundle

run:
	bash scripts/run

test:
	bash scripts/test

lint:
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	.venv/bin/lint-imports

format:
	.venv/bin/ruff format .
	.venv/bin/ruff check --fix .

data:
	.venv/bin/timeline-explorer build-data

screenshots:
	xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots.py out/

# The README's images, from a fresh settings folder (no remembered window layout).
docs-images:
	XDG_CONFIG_HOME=$$(mktemp -d) xvfb-run -a -s "-screen 0 1600x1000x24" \
		.venv/bin/python scripts/screenshots.py out/
	cp out/full.png docs/images/window.png
	cp out/bytedance-broadcom.png docs/images/window-bytedance-broadcom.png
	.venv/bin/timeline-explorer export --company ByteDance --company Broadcom \
		-o docs/images/export-bytedance-broadcom.png

# The packaged desktop app (PyInstaller): dist/timeline-explorer/timeline-explorer.
# ONEFILE=1 make package builds dist/timeline-explorer-onefile instead.
package:
	bash scripts/package

dist: package

smoke-test-bundle:
	bash scripts/smoke-test-bundle
