"""communique: who said what, who did what to whom, from raw international news, offline.

The public surface is small on purpose: `process` one text, or build a `Pipeline` and stream.
"""

from communique.errors import (
    CommuniqueError,
    ConfigError,
    DictionaryError,
    InputError,
    StoreError,
)
from communique.model import Record
from communique.pipeline import Pipeline, process
from communique.settings import Settings

__all__ = [
    "CommuniqueError",
    "ConfigError",
    "DictionaryError",
    "InputError",
    "Pipeline",
    "Record",
    "Settings",
    "StoreError",
    "process",
]
__version__ = "0.1.0"
