"""The fact-checker's desk: server-rendered review pages over the review service (`claimtrack serve`)."""

from .app import create_app

__all__ = ["create_app"]
