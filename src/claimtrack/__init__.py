"""claimtrack: find who claims what in news articles and flag the conflicts between them."""

__version__ = "0.1.0"
