"""Text is compared and stored in Unicode NFC.

Vietnamese keyboards and programs differ: "Hòa" may arrive precomposed (NFC) or
as a letter plus combining marks (NFD). Both look the same on screen; sync
treats them as the same value and stores the NFC form.
"""
import unicodedata


def nfc(value):
    """Text in NFC; other values unchanged."""
    if isinstance(value, str) and not unicodedata.is_normalized("NFC", value):
        return unicodedata.normalize("NFC", value)
    return value


def same(a, b) -> bool:
    """Equal values, text compared in NFC."""
    if isinstance(a, str) and isinstance(b, str):
        return a == b or nfc(a) == nfc(b)
    return a == b
