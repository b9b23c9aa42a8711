namespace Entsoe.Transparency.Tokens;

/// <summary>Which SHA-256 compression code a <see cref="TokenHashBatch"/> runs; internal so tests can force each one.</summary>
internal enum TokenHashPath
{
    /// <summary>The widest path this machine accelerates.</summary>
    Auto = 0,

    /// <summary>
    /// Each token through the platform's HMAC-SHA256 or SHA-256 as it is added, exactly as <see cref="TokenHasher"/>
    /// does. What <see cref="Auto"/> picks when no vector width is accelerated (ARM64, for example): there the
    /// platform's SHA-256 can use the CPU's SHA instructions, which no managed scalar code matches; on the development
    /// machine (which has them too) the two cost about the same.
    /// </summary>
    Platform,

    /// <summary>One message at a time in general-purpose registers; runs everywhere.</summary>
    Scalar,

    /// <summary>Eight messages at once in <c>Vector256&lt;uint&gt;</c> lanes (AVX2); rotations as two shifts.</summary>
    Vector256,

    /// <summary>Sixteen messages at once in <c>Vector512&lt;uint&gt;</c> lanes (AVX-512F rotate and ternary logic).</summary>
    Vector512,
}
