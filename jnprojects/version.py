"""The app's version: the one place it is written (pyproject.toml reads it from here).

A constant, because asking the installed metadata (importlib.metadata) cost 90–100 ms of every
start-up: the lock file and backups record the version that wrote them.
"""

VERSION = "0.1.0"
