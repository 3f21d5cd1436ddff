"""`python -m tailored_emulator --port 8099`."""
import sys

from .cli import main

sys.exit(main(sys.argv[1:]))
