using System.Globalization;

namespace Entsoe.Transparency;

/// <summary>
/// The outage side of the reader: in outage mode each <c>TimeSeries</c> of an <c>Unavailability_MarketDocument</c>
/// becomes an <see cref="Outage"/>, its unit or asset read from the flat <c>production_RegisteredResource.*</c>
/// elements (A77, A80) or the nested <c>Asset_RegisteredResource</c> (A78, A79), and its periods kept as steps.
/// </summary>
internal sealed partial class DocumentReader
{
    private readonly bool readOutages;
    private readonly List<AcknowledgementReason> documentReasons = [];
    private readonly List<(TimeSeriesFields Fields, OutageFields Outage, OutageCapacityStep[] Steps)> outageSeries = [];

    /// <summary>The outages of the document just read, in outage mode.</summary>
    public List<Outage> Outages { get; } = [];

    private bool TryReadOutageField(OutageFields outage)
    {
        var name = reader.LocalName;
        switch (name)
        {
            case "start_DateAndOrTime.date":
                outage.StartDate = ReadString();
                return true;
            case "start_DateAndOrTime.time":
                outage.StartTime = ReadString();
                return true;
            case "end_DateAndOrTime.date":
                outage.EndDate = ReadString();
                return true;
            case "end_DateAndOrTime.time":
                outage.EndTime = ReadString();
                return true;
            case "production_RegisteredResource.mRID":
                outage.ProductionId = ReadString();
                return true;
            case "production_RegisteredResource.name":
                outage.ProductionName = ReadString();
                return true;
            case "production_RegisteredResource.location.name":
                outage.ProductionLocation = ReadString();
                return true;
            case "production_RegisteredResource.pSRType.psrType":
                outage.PsrType = ReadString();
                return true;
            case "production_RegisteredResource.pSRType.powerSystemResources.mRID":
                outage.UnitId = ReadString();
                return true;
            case "production_RegisteredResource.pSRType.powerSystemResources.name":
                outage.UnitName = ReadString();
                return true;
            case "production_RegisteredResource.pSRType.powerSystemResources.nominalP":
                outage.NominalPowerUnit = reader.GetAttribute("unit");
                outage.NominalPower = ReadDecimal(name);
                return true;
            case "Asset_RegisteredResource":
                outage.Assets.Add(ReadAsset());
                return true;
            case "Reason":
                var reason = ReadReason();
                outage.Reasons.Add(new OutageReason(reason.Code, reason.Text));
                return true;
            default:
                return false;
        }
    }

    private OutageResource ReadAsset()
    {
        string? id = null;
        string? assetName = null;
        string? psrType = null;
        string? location = null;
        if (Enter())
        {
            while (NextChild())
            {
                switch (reader.LocalName)
                {
                    case "mRID":
                        id = ReadString();
                        break;
                    case "name":
                        assetName = ReadString();
                        break;
                    case "asset_PSRType.psrType":
                        psrType = ReadString();
                        break;
                    case "location.name":
                        location = ReadString();
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
        }

        return new OutageResource(id, assetName, psrType, location);
    }

    /// <summary>
    /// Keeps the series' periods as steps. <c>A03</c>: a stated position holds until the next stated one or the end of
    /// its period. <c>A01</c>: each position holds for one resolution step.
    /// </summary>
    private void AddOutageSeries(TimeSeriesFields fields, OutageFields outage, TimeSeriesCurveType curveType)
    {
        var count = 0;
        foreach (var raw in rawPeriods)
        {
            count += raw.Count;
        }

        var steps = new OutageCapacityStep[count];
        var written = 0;
        foreach (var raw in rawPeriods)
        {
            var stated = positions.AsSpan(raw.Offset, raw.Count);
            var calendar = raw.Calendar;
            CurveExpander.Validate(raw, stated, calendar.CountSteps(raw.Interval.End));
            for (var i = 0; i < stated.Length; i++)
            {
                var from = calendar.StepStart(stated[i] - 1);
                var to = curveType == TimeSeriesCurveType.VariableSizedBlocks
                    ? i + 1 < stated.Length ? calendar.StepStart(stated[i + 1] - 1) : raw.Interval.End
                    : calendar.StepStart(stated[i]);
                if (to > raw.Interval.End)
                {
                    to = raw.Interval.End;
                }

                steps[written++] = new OutageCapacityStep(new UtcInterval(from, to), values[raw.Offset + i]);
            }
        }

        outageSeries.Add((fields, outage, steps));
    }

    private void BuildOutages(DocumentHeader header)
    {
        var shared = documentReasons.ConvertAll(r => new OutageReason(r.Code, r.Text));
        foreach (var (fields, outage, steps) in outageSeries)
        {
            var reasons = new List<OutageReason>(shared.Count + outage.Reasons.Count);
            reasons.AddRange(shared);
            reasons.AddRange(outage.Reasons);
            Outages.Add(new Outage(header, fields, outage, IntervalOf(outage, header.Interval), Array.AsReadOnly(steps), reasons.AsReadOnly()));
        }
    }

    private static UtcInterval? IntervalOf(OutageFields outage, UtcInterval? documentInterval)
    {
        if (outage.StartDate is null || outage.EndDate is null)
        {
            return documentInterval;
        }

        var start = Combine(outage.StartDate, outage.StartTime, "start_DateAndOrTime");
        var end = Combine(outage.EndDate, outage.EndTime, "end_DateAndOrTime");
        return end < start
            ? throw new TransparencyDocumentException($"The outage ends ({Instants.Format(end)}) before it starts ({Instants.Format(start)}).")
            : new UtcInterval(start, end);
    }

    // The series states the outage's bounds as a date and a time of day in UTC (2024-03-05 and 08:00:00Z); a missing
    // time means the start of the day.
    private static DateTimeOffset Combine(string date, string? time, string name)
    {
        var text = string.IsNullOrEmpty(time) ? date + "T00:00Z" : date + "T" + time;
        return Instants.TryParse(text, out var instant)
            ? instant
            : throw new TransparencyDocumentException(
                string.Create(CultureInfo.InvariantCulture, $"The {name} is '{Quote(text)}', which is not a UTC date and time such as 2024-03-05 and 08:00:00Z."));
    }
}
