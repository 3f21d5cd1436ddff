"""Live status streams: shared upstream pollers, fan-out to watchers, and the webhook bridge."""

from .service import Watch

__all__ = ["Watch"]
