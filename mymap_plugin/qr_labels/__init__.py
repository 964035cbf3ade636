"""QR-tagged assets: QR codes, label sheets, tag images, record pages."""
