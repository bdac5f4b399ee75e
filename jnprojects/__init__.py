"""jnprojects — tracker for the key projects of Jining's New Urbanization Plan 2022–2035."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("jnprojects")
except PackageNotFoundError:  # running from a checkout or a frozen bundle without metadata
    __version__ = "0.1.0"
