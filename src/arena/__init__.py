"""Arena: grounded sports debates from a real NBA, NFL, MLB and NHL stat store."""

__version__ = "0.1.0"

__all__ = ["__version__"]
