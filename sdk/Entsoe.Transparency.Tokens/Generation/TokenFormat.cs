namespace Entsoe.Transparency.Tokens;

/// <summary>The text form of a newly generated token.</summary>
public enum TokenFormat
{
    /// <summary>A version 4 UUID in lower-case 8-4-4-4-12 form (122 random bits): what clients know today.</summary>
    Uuid,

    /// <summary>
    /// <c>etp_</c>, 30 base62 characters (178 random bits) and a 6-character base62 CRC32 checksum: secret scanners
    /// can find it and typos are rejected offline.
    /// </summary>
    Prefixed,
}
