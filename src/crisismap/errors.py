"""The exceptions crisismap raises; the CLI turns them into one-line messages."""


class CrisismapError(Exception):
    """Base class: the message says what was wrong and what to do."""


class InputError(CrisismapError):
    """One input (file, JSONL line, page) could not be read; the batch goes on without it."""

    def __init__(self, origin: str, message: str):
        super().__init__(f"{origin}: {message}")
        self.origin = origin
        self.reason = message


class GazetteerError(CrisismapError):
    """A gazetteer file is missing or not in GeoNames format."""


class StoreError(CrisismapError):
    """The database could not be opened or is of a newer schema than this version knows."""
