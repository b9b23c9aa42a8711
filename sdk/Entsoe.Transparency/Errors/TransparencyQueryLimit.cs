namespace Entsoe.Transparency;

/// <summary>Which of its limits the platform said a query went beyond (<see cref="TransparencyQueryTooLargeException.Limit"/>).</summary>
public enum TransparencyQueryLimit
{
    /// <summary>The platform said the query asks for too much without saying of what.</summary>
    Unknown = 0,

    /// <summary>The period is longer than the data item allows ("… is larger than maximum allowed period 'P1Y' …").</summary>
    Period = 1,

    /// <summary>More time series instances than one response may hold ("The number of instances (149) exceeds the allowed maximum (100).").</summary>
    Instances = 2,

    /// <summary>More documents than one response may hold ("The amount of requested data exceeds allowed limit …").</summary>
    Documents = 3,
}
