namespace Entsoe.Transparency;

/// <summary>
/// An area of the Transparency Platform: its EIC code (what the platform takes), a short code such as <c>DE_LU</c>,
/// a display name, its IANA time zone and its roles. The known areas are in <see cref="TransparencyAreas"/>;
/// create one for an area the catalogue does not hold.
/// </summary>
public sealed class TransparencyArea : IEquatable<TransparencyArea>
{
    private TimeZoneInfo? timeZone;

    /// <summary>Creates an area, checking the EIC code and that the time zone exists on this machine.</summary>
    /// <param name="eic">The EIC code, for example <c>10Y1001A1001A82H</c>.</param>
    /// <param name="code">A short code, for example <c>DE_LU</c>.</param>
    /// <param name="displayName">A human name, for example <c>Germany-Luxembourg</c>.</param>
    /// <param name="timeZoneId">The IANA time zone id, for example <c>Europe/Berlin</c>.</param>
    /// <param name="kinds">The area's roles.</param>
    /// <exception cref="ArgumentException">The EIC code is invalid, a text is empty, or the time zone is unknown.</exception>
    public TransparencyArea(string eic, string code, string displayName, string timeZoneId, AreaKinds kinds)
        : this(EicCode.Validate(eic), code, displayName, timeZoneId, kinds, ResolveTimeZone(timeZoneId))
    {
    }

    // The catalogue passes no time zone: its zones are checked by tests rather than on every start, because resolving
    // about a hundred of them at type initialisation would cost every caller and would fail the whole catalogue on a
    // machine that lacks a single zone.
    internal TransparencyArea(string eic, string code, string displayName, string timeZoneId, AreaKinds kinds, TimeZoneInfo? timeZone)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        Eic = eic;
        Code = code.Trim();
        DisplayName = displayName.Trim();
        TimeZoneId = timeZoneId.Trim();
        Kinds = kinds;
        this.timeZone = timeZone;
    }

    /// <summary>The EIC code, the value the platform's domain parameters take.</summary>
    public string Eic { get; }

    /// <summary>The short code, for example <c>DE_LU</c> or <c>FR</c> (entsoe-py's names, so scripts translate directly).</summary>
    public string Code { get; }

    /// <summary>A human name, for example <c>Germany-Luxembourg</c>.</summary>
    public string DisplayName { get; }

    /// <summary>The IANA time zone id, for example <c>Europe/Berlin</c>; the platform's days and markets follow it.</summary>
    public string TimeZoneId { get; }

    /// <summary>The area's roles on the platform.</summary>
    public AreaKinds Kinds { get; }

    /// <summary>The time zone, resolved on first use.</summary>
    /// <exception cref="TimeZoneNotFoundException">The machine has no data for <see cref="TimeZoneId"/>.</exception>
    public TimeZoneInfo TimeZone => timeZone ??= TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>
    /// The same instant on the area's clock: <paramref name="instant"/> with the offset of <see cref="TimeZone"/> at that
    /// instant (for Germany +01:00 in winter, +02:00 in summer). Equality and ordering of <see cref="DateTimeOffset"/>
    /// compare instants, so the result equals <paramref name="instant"/>; only its <see cref="DateTimeOffset.DateTime"/>
    /// and <see cref="DateTimeOffset.Offset"/> change. Across the autumn change the repeated local hour is told apart by
    /// its offset.
    /// </summary>
    /// <param name="instant">Any instant, for example a <see cref="TimeSeriesPoint.Timestamp"/> (UTC).</param>
    /// <returns>The instant with the area's local offset.</returns>
    /// <exception cref="TimeZoneNotFoundException">The machine has no data for <see cref="TimeZoneId"/>.</exception>
    public DateTimeOffset ToLocalTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone);

    /// <summary>Whether the area plays every role in <paramref name="kinds"/>.</summary>
    /// <param name="kinds">One role or several.</param>
    /// <returns>True when all of them apply.</returns>
    public bool HasKind(AreaKinds kinds) => kinds != AreaKinds.None && (Kinds & kinds) == kinds;

    /// <summary>Two areas are equal when their EIC and short codes are.</summary>
    /// <param name="other">The other area.</param>
    /// <returns>True when both codes match.</returns>
    public bool Equals(TransparencyArea? other) =>
        other is not null && string.Equals(Eic, other.Eic, StringComparison.Ordinal) && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TransparencyArea);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Eic), StringComparer.Ordinal.GetHashCode(Code));

    /// <summary>The short code and the EIC code, for example <c>DE_LU (10Y1001A1001A82H)</c>.</summary>
    public override string ToString() => $"{Code} ({Eic})";

    private static TimeZoneInfo ResolveTimeZone(string timeZoneId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(timeZoneId);
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(timeZoneId.Trim());
        }
        catch (TimeZoneNotFoundException error)
        {
            throw new ArgumentException($"The time zone '{timeZoneId}' is not known on this machine; use an IANA id such as Europe/Berlin.", nameof(timeZoneId), error);
        }
        catch (InvalidTimeZoneException error)
        {
            throw new ArgumentException($"The time zone '{timeZoneId}' could not be read on this machine.", nameof(timeZoneId), error);
        }
    }
}
