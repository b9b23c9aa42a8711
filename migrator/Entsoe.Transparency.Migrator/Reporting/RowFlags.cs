namespace Entsoe.Transparency.Migrator.Reporting;

/// <summary>Details about a row (the report's <c>detail</c> column, flags joined by ';').</summary>
[Flags]
internal enum RowFlags
{
    /// <summary>Nothing to add.</summary>
    None = 0,

    /// <summary>The token is not UUID-shaped; it is hashed byte for byte.</summary>
    NonUuid = 1,

    /// <summary>An upper-case UUID: hashed in lower case, as clients may send either.</summary>
    CaseNormalized = 2,

    /// <summary>Surrounding whitespace was trimmed before hashing.</summary>
    Whitespace = 4,

    /// <summary>Hashed with a key other than the active one (or unkeyed): still verifies, should be re-issued or re-hashed.</summary>
    RehashNeeded = 8,

    /// <summary>Another row holds the same canonical token (or hash): a login could match either account.</summary>
    Duplicate = 16,

    /// <summary>Starts with '$' but is not a valid stored value.</summary>
    Malformed = 32,

    /// <summary>Hashed with a key id the key ring does not hold: it cannot verify.</summary>
    UnknownKey = 64,

    /// <summary>Hash-column mode: the hash column is set but the token column still holds a value.</summary>
    PlaintextBesideHash = 128,
}
