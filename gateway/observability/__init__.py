"""Logs, metrics and the per-RPC wrapper that emits them."""
