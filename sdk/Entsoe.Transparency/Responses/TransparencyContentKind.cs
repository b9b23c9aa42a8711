namespace Entsoe.Transparency;

/// <summary>What a successful response holds, decided from its bytes (not from its content type).</summary>
public enum TransparencyContentKind
{
    /// <summary>An XML document; <see cref="TransparencyResponse.RootElement"/> names it.</summary>
    Xml = 0,

    /// <summary>A ZIP archive (starts with <c>PK\x03\x04</c>), as the outage and some other items return.</summary>
    Zip = 1,

    /// <summary>An acknowledgement with reason 999 "No matching data found": an empty result, not an error.</summary>
    NoMatchingData = 2,

    /// <summary>Anything else (empty body, text, HTML).</summary>
    Other = 3,
}
