"""cleantext: repair text damaged by scrapers and legacy systems, and report what is left.

    import cleantext
    cleantext.repair(text).text
"""

from cleantext.detect import detect
from cleantext.model import Chain, Damage, Diagnosis, Edit, Finding, Repaired, Span
from cleantext.read import Decoded, DecodeError, read
from cleantext.repair import repair
from cleantext.validate import validate, validate_bytes

__version__ = "0.1.0"

__all__ = [
    "Chain", "Damage", "Decoded", "DecodeError", "Diagnosis", "Edit", "Finding", "Repaired",
    "Span", "detect", "read", "repair", "validate", "validate_bytes", "__version__",
]
