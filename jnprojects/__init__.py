"""jnprojects — tracker for the key projects of Jining's New Urbanization Plan 2022–2035."""


def _version() -> str:
    """The version in pyproject.toml: from the installed (or bundled) metadata, else read from the file."""
    from importlib.metadata import PackageNotFoundError, version  # 75-140 ms: not at start-up

    try:
        return version("jnprojects")
    except PackageNotFoundError:  # a checkout that is not installed, or a bundle built from one
        import tomllib

        from .paths import app_root

        try:
            with open(app_root() / "pyproject.toml", "rb") as file:
                return str(tomllib.load(file)["project"]["version"])
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            return "unknown"


def __getattr__(name: str) -> str:
    """``__version__`` is worked out on first use (the About dialog, the self-test, exports)."""
    if name == "__version__":
        globals()["__version__"] = value = _version()
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
