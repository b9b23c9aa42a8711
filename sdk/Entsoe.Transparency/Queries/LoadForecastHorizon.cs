namespace Entsoe.Transparency;

/// <summary>Which total load forecast (6.1.B to 6.1.E) to fetch: the platform's <c>processType</c> for document type <c>A65</c>.</summary>
public enum LoadForecastHorizon
{
    /// <summary><c>A01</c>, day ahead (6.1.B): the forecast of each market time unit, published the day before.</summary>
    DayAhead = 0,

    /// <summary><c>A31</c>, week ahead (6.1.C): a minimum and a maximum per day of the next week.</summary>
    WeekAhead = 1,

    /// <summary><c>A32</c>, month ahead (6.1.D): a minimum and a maximum per week of the next month.</summary>
    MonthAhead = 2,

    /// <summary><c>A33</c>, year ahead (6.1.E): a minimum and a maximum per week of the next year.</summary>
    YearAhead = 3,
}
