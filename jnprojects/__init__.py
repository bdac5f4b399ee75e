"""jnprojects — tracker for the key projects of Jining's New Urbanization Plan 2022–2035."""

from .version import VERSION as __version__

__all__ = ["__version__"]
