namespace Entsoe.Transparency;

/// <summary>Which wind and solar forecast (14.1.D) to fetch: the platform's <c>processType</c> for document type <c>A69</c>.</summary>
public enum WindAndSolarForecastHorizon
{
    /// <summary><c>A01</c>, day ahead: published the day before delivery.</summary>
    DayAhead = 0,

    /// <summary><c>A40</c>, intraday process: the forecast updated on the day of delivery.</summary>
    Intraday = 1,

    /// <summary><c>A18</c>, intraday total ("current"): the latest forecast, revised until shortly before delivery.</summary>
    Current = 2,
}
