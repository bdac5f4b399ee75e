"""jnprojects — tracker for the key projects of Jining's New Urbanization Plan 2022–2035."""

from importlib.metadata import PackageNotFoundError, version


def _version() -> str:
    """The version in pyproject.toml: from the installed (or bundled) metadata, else read from the file."""
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


__version__ = _version()
