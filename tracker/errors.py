"""Domain errors. The CLI turns each into a one-line message and an exit code."""


class TrackerError(Exception):
    """Base class for errors a user can act on."""

    exit_code = 1


class InputError(TrackerError):
    """An input (file, record, option) could not be read or parsed."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class SchemaOutOfDate(TrackerError):
    exit_code = 3


class ReadOnlyViolation(TrackerError):
    exit_code = 2


class QueryError(TrackerError):
    exit_code = 2
