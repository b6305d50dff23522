# 综治工作台 — the two commands a newcomer needs: `make run` and `make test`.
.PHONY: run test setup setup-test lint translations bench package clean

run: setup
	.venv/bin/python -m desktop --demo

setup:
	bash scripts/setup.sh run

setup-test:
	bash scripts/setup.sh test

lint: setup-test
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	.venv/bin/lint-imports

test: lint
	rm -f build/alembic-check.sqlite3 && mkdir -p build
	.venv/bin/alembic upgrade head && .venv/bin/alembic check
	QT_QPA_PLATFORM=offscreen .venv/bin/pytest -q -p no:cacheprovider -n 2 -m "not e2e" tests
	xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/pytest -q -p no:cacheprovider -m e2e tests

translations: setup
	.venv/bin/python scripts/translations.py
	bash scripts/setup.sh run

bench: setup-test
	.venv/bin/python bench/bench_startup.py

package: setup
	bash installer/build.sh

clean:
	rm -rf build dist .pytest_cache .ruff_cache desktop/resources/i18n/*.qm
