"""Local emulator of Bria's Tailored Generation REST API (v1 training/legacy, v2 generation).

The default upstream for the demo, the tests and developers without Bria credentials.
See README.md in this folder for the admin API and the deterministic triggers.
"""
from .app import EmulatorApp, create_app
from .cli import main
from .clock import Clock, ManualClock, Scheduler, SystemClock
from .config import Durations, EmulatorConfig, FaultRule
from .control import Emulator
from .server import RunningEmulator, serve

__all__ = ["Clock", "Durations", "Emulator", "EmulatorApp", "EmulatorConfig", "FaultRule",
           "ManualClock", "RunningEmulator", "Scheduler", "SystemClock", "create_app", "main",
           "serve"]
