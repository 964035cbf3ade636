"""The one exception type core functions raise for problems a user can fix."""


class MyMapError(Exception):
    """A problem with the user's input, described in the user's language.

    ``str(error)`` is a full sentence that says what is wrong and what to do;
    dialogs and Processing algorithms show it as it is, never a traceback.
    """
