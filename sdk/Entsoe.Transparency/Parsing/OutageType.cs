namespace Entsoe.Transparency;

/// <summary>The <c>businessType</c> of an outage: planned or forced.</summary>
public enum OutageType
{
    /// <summary>The series states no <c>businessType</c>.</summary>
    Unspecified = 0,

    /// <summary><c>A53</c>: planned maintenance.</summary>
    Planned = 1,

    /// <summary><c>A54</c>: forced (unplanned) outage.</summary>
    Forced = 2,

    /// <summary>Any other code; <see cref="Outage.BusinessType"/> holds it.</summary>
    Other = 3,
}
