"""`python -m newscli`."""
from .cli import run

run()
