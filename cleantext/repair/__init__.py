"""repair: undo mis-decoding, strip injected fragments, restore lost characters. Pure."""

from cleantext.repair.pipeline import repair

__all__ = ["repair"]
