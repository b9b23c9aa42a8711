#!/usr/bin/env python3
"""Writes format-vectors.json: the token format's known answers, computed independently of the .NET library.

Run once when the vector set changes (python3 generate_format_vectors.py > format-vectors.json); the .NET
tests then assert that the library produces exactly these strings. Only the Python standard library is used,
so the file doubles as a reference for other implementations of the format. See docs/token-format.md.
"""
import base64
import hashlib
import hmac
import json
import re
import zlib

UUID = re.compile(r"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$")
ASCII_WS = " \t\r\n"
BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

# Test keys, derived from public labels: they protect nothing and must never be used in a deployment.
KEYS = {
    "k2026": hashlib.sha256(b"entsoe-token-format-vectors/k2026").digest(),
    "k2025": hashlib.sha512(b"entsoe-token-format-vectors/k2025").digest()[:48],
    "Max_Length-Id_16": hashlib.sha256(b"entsoe-token-format-vectors/Max_Length-Id_16").digest(),
}


def canonical(token):
    trimmed = token.strip(ASCII_WS)
    if UUID.match(trimmed):
        return trimmed.lower()
    return token


def flags(token):
    trimmed = token.strip(ASCII_WS)
    if not UUID.match(trimmed):
        return ["NonUuid"]
    result = []
    if any(c in "ABCDEF" for c in trimmed):
        result.append("CaseNormalized")
    if trimmed != token:
        result.append("Whitespace")
    return result


def b64url(digest):
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def base62_fixed(value, width):
    digits = []
    for _ in range(width):
        digits.append(BASE62[value % 62])
        value //= 62
    return "".join(reversed(digits))


def prefixed(body):
    assert len(body) == 30 and all(c in BASE62 for c in body)
    return "etp_" + body + base62_fixed(zlib.crc32(body.encode("ascii")), 6)


TOKENS = [
    ("uuid lower case", "3f2b8c1e-7a4d-4e9b-9c2a-5d6e7f8a9b0c"),
    ("uuid upper case", "3F2B8C1E-7A4D-4E9B-9C2A-5D6E7F8A9B0C"),
    ("uuid mixed case", "3f2B8c1E-7a4D-4e9B-9C2a-5d6E7f8A9b0C"),
    ("uuid with surrounding space, tab, CR, LF", " \t3f2b8c1e-7a4d-4e9b-9c2a-5d6e7f8a9b0c\r\n"),
    ("uuid upper case with trailing spaces (char(n) padding)", "3F2B8C1E-7A4D-4E9B-9C2A-5D6E7F8A9B0C    "),
    ("uuid all zeros", "00000000-0000-0000-0000-000000000000"),
    ("uuid without hyphens is not a uuid", "3f2b8c1e7a4d4e9b9c2a5d6e7f8a9b0c"),
    ("uuid in braces is not a uuid", "{3f2b8c1e-7a4d-4e9b-9c2a-5d6e7f8a9b0c}"),
    ("uuid shape with a non-hex letter", "3f2b8c1e-7a4d-4e9b-9c2a-5d6e7f8a9b0g"),
    ("uuid with a no-break space is not trimmed", "\u00a03f2b8c1e-7a4d-4e9b-9c2a-5d6e7f8a9b0c"),
    ("uuid with a form feed is not trimmed", "3f2b8c1e-7a4d-4e9b-9c2a-5d6e7f8a9b0c\f"),
    ("non-uuid keeps its whitespace and case", "  Legacy-Token 42 \n"),
    ("prefixed token", prefixed("0123456789abcdefghijABCDEFGHIJ")),
    ("prefixed token with whitespace is hashed untrimmed", " " + prefixed("zZyYxXwWvVuUtTsSrRqQpPoOnNmMlL") + " "),
    ("single character", "a"),
    ("unicode precomposed (NFC)", "Z\u00fcrich-t\u00f6ken-\u00e9"),
    ("unicode decomposed (NFD) hashes differently", "Zu\u0308rich-to\u0308ken-e\u0301"),
    ("unicode outside the BMP", "\U0001f511-\u5bc6\u94a5-\u043a\u043b\u044e\u0447"),
    ("long non-uuid (300 characters)", "".join(BASE62[(i * 7) % 62] for i in range(300))),
]


def malformed(first):
    """Stored values that start with '$' but must not parse: classified Malformed, never verify."""
    good = first["hmac_sha256"]["k2026"]
    digest = good.rsplit("$", 1)[1]
    sha = first["sha256"]
    return [
        {"name": "truncated digest", "stored": good[:-1]},
        {"name": "digest one character too long", "stored": good + "A"},
        {"name": "padding is not allowed", "stored": good + "="},
        {"name": "standard base64 alphabet is not allowed", "stored": "$hmac-sha256$k=k2026$" + digest[:10] + "+" + digest[11:]},
        {"name": "non-canonical last character (low bits set)", "stored": good[:-1] + BASE64URL_NONCANONICAL[good[-1]]},
        {"name": "whitespace inside the digest", "stored": "$hmac-sha256$k=k2026$" + digest[:20] + " " + digest[21:]},
        {"name": "no digest separator", "stored": "$hmac-sha256$k=k2026"},
        {"name": "empty key id", "stored": "$hmac-sha256$k=$" + digest},
        {"name": "key id longer than 16 characters", "stored": "$hmac-sha256$k=abcdefghijklmnopq$" + digest},
        {"name": "key id with a forbidden character", "stored": "$hmac-sha256$k=k.2026$" + digest},
        {"name": "unknown algorithm", "stored": "$sha512$" + digest},
        {"name": "tag in upper case", "stored": "$HMAC-SHA256$k=k2026$" + digest},
        {"name": "missing k= parameter name", "stored": "$hmac-sha256$k2026$" + digest},
        {"name": "sha256 with a key id", "stored": "$sha256$k=k2026$" + digest},
        {"name": "sha256 truncated", "stored": sha[:30]},
        {"name": "marker only", "stored": "$"},
        {"name": "bcrypt hash is a foreign format", "stored": "$2b$10$" + "N" * 53},
    ]


# For a 43-character encoding of 32 bytes the last character carries 4 data bits and 2 zero bits.
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
BASE64URL_NONCANONICAL = {c: _ALPHABET[_ALPHABET.index(c) | 1] for c in _ALPHABET if _ALPHABET.index(c) % 4 == 0}


def main():
    vectors = []
    for name, token in TOKENS:
        c = canonical(token)
        data = c.encode("utf-8")
        vectors.append({
            "name": name,
            "token": token,
            "canonical": c,
            "canonical_utf8_hex": data.hex(),
            "flags": flags(token),
            "sha256": "$sha256$" + b64url(hashlib.sha256(data).digest()),
            "hmac_sha256": {
                key_id: "$hmac-sha256$k=" + key_id + "$" + b64url(hmac.new(key, data, hashlib.sha256).digest())
                for key_id, key in KEYS.items()
            },
        })

    document = {
        "schema": "entsoe-token-format-vectors/1",
        "description": "Known answers for the stored token format. See docs/token-format.md, section 'Test vectors'.",
        "keys": {key_id: base64.b64encode(key).decode("ascii") for key_id, key in KEYS.items()},
        "vectors": vectors,
        "malformed": malformed(vectors[0]),
        "prefixed": [
            {"body": body, "token": prefixed(body)}
            for body in ["0123456789abcdefghijABCDEFGHIJ", "zZyYxXwWvVuUtTsSrRqQpPoOnNmMlL", "000000000000000000000000000000"]
        ],
    }
    print(json.dumps(document, indent=2, ensure_ascii=True))


if __name__ == "__main__":
    main()
