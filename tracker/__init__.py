"""tracker: a local-first database of who said what in the news."""

__version__ = "0.1.0"
# Bumped whenever extraction output can change, so every machine row says which engine made it.
ENGINE_VERSION = "1"
