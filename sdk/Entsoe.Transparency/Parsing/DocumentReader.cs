using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Xml;

namespace Entsoe.Transparency;

/// <summary>
/// One pass of an <see cref="XmlReader"/> over a document, element by element, matched by local name so every
/// namespace version reads alike and unknown elements are skipped. Points go into pooled buffers as they stream past
/// and are expanded at the end of their series; the only per-point memory kept is the point itself.
/// </summary>
/// <remarks>
/// The per-point methods are compiled fully optimized from their first call. A client parses a few documents per
/// process, most of them before tiered compilation would promote these methods: measured on a one-year 15-minute
/// document, the first ten parses take about 40 % less time, for 5-10 % more in a long steady state (no dynamic PGO);
/// measured again after the short number and text paths, 20-25 % less for the first ten and about 7 % more in a long
/// steady state. Small per-value steps are marked for inlining instead, since such code gets no profile to inline by.
/// </remarks>
internal sealed partial class DocumentReader : IDisposable
{
    private const int MaxQuoted = 40;

    // The most points a period's stated length reserves room for before its points are read: a year at 4 minutes. A
    // document is not trusted to be as long as it says, so a longer period grows its buffers as points arrive.
    private const int MaxReservedPoints = 1 << 17;

    private readonly XmlReader reader;
    private readonly IXmlLineInfo? lineInfo;
    private readonly PointWindow? window;
    private readonly List<RawPeriod> rawPeriods = [];
    private char[] text = ArrayPool<char>.Shared.Rent(64);
    private int[] positions = ArrayPool<int>.Shared.Rent(1024);
    private decimal[] values = ArrayPool<decimal>.Shared.Rent(1024);
    private int pointCount;

    // The names of a point's usual elements, atomized in the reader's name table: the reader hands out these same
    // instances, so comparing with them is one reference check (string equality checks the reference first).
    private readonly string pointName;
    private readonly string positionName;
    private readonly string quantityName;
    private readonly string priceName;
    private readonly bool wholeValueChunks;

    // Imbalance prices: the category of each point, as an index into categories (0: none stated). Rented only once a
    // series states a category on its points, so documents without categories pay nothing per point.
    private readonly List<string?> categories = [];
    private byte[]? pointCategories;
    private bool categorized;

    public DocumentReader(XmlReader reader, PointWindow? window, bool readOutages = false)
    {
        this.reader = reader;
        lineInfo = reader as IXmlLineInfo;
        this.window = window;
        this.readOutages = readOutages;
        var names = reader.NameTable;
        pointName = names?.Add("Point") ?? "Point";
        positionName = names?.Add("position") ?? "position";
        quantityName = names?.Add("quantity") ?? "quantity";
        priceName = names?.Add("price.amount") ?? "price.amount";
        wholeValueChunks = SafeXmlReader.ReturnsWholeValueChunks(reader);
    }

    public TransparencyDocument Read()
    {
        if (reader.MoveToContent() != XmlNodeType.Element)
        {
            throw Error("The document has no root element.");
        }

        var root = reader.LocalName;
        var namespaceUri = reader.NamespaceURI;
        var kind = KindOf(root) ?? throw (Unsupported(root) ?? Error(
            $"'{Quote(root)}' is not a Transparency Platform document this parser reads (expected Publication_MarketDocument, GL_MarketDocument, " +
            "Balancing_MarketDocument, TransmissionNetwork_MarketDocument, Unavailability_MarketDocument or Acknowledgement_MarketDocument)."));

        var header = default(DocumentHeader);
        DateTimeOffset? flatStart = null;
        DateTimeOffset? flatEnd = null;
        AcknowledgementReason? reason = null;
        var series = new List<TimeSeries>();
        if (Enter())
        {
            while (NextChild())
            {
                var name = reader.LocalName;
                switch (name)
                {
                    case "mRID":
                        header.Id = ReadString();
                        break;
                    case "type":
                        header.DocumentType = ReadString();
                        break;
                    case "process.processType":
                        header.ProcessType = ReadString();
                        break;
                    case "createdDateTime":
                        header.CreatedAt = ReadInstant();
                        break;
                    case "revisionNumber":
                        header.RevisionNumber = ReadRevisionNumber();
                        break;
                    case "docStatus":
                        header.Status = ReadChildString("value");
                        break;
                    case "TimeSeries":
                        ReadTimeSeries(series);
                        break;
                    case "Reason":
                        var read = ReadReason();
                        reason ??= read;
                        documentReasons.Add(read);
                        break;
                    default:
                        // period.timeInterval, time_Period.timeInterval, unavailability_Time_Period.timeInterval: the
                        // document's own interval has a different name in each family.
                        if (header.Interval is null && name.EndsWith("timeInterval", StringComparison.Ordinal))
                        {
                            header.Interval = ReadInterval();
                        }
                        else if (name.EndsWith("timeInterval.start", StringComparison.Ordinal))
                        {
                            // The flattened form of installed capacity per unit (A71): time_Period.timeInterval.start.
                            flatStart ??= ReadInstant();
                        }
                        else if (name.EndsWith("timeInterval.end", StringComparison.Ordinal))
                        {
                            flatEnd ??= ReadInstant();
                        }
                        else
                        {
                            reader.Skip();
                        }

                        break;
                }
            }
        }

        if (header.Interval is null && (flatStart is not null || flatEnd is not null))
        {
            header.Interval = FlatInterval("time_Period.timeInterval", flatStart, flatEnd);
        }

        if (kind == TransparencyDocumentKind.Acknowledgement)
        {
            return new TransparencyDocument(kind, root, namespaceUri, header, [], reason ?? new AcknowledgementReason(null, null));
        }

        if (readOutages)
        {
            BuildOutages(header);
        }

        return new TransparencyDocument(kind, root, namespaceUri, header, series.AsReadOnly(), null);
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(text);
        ArrayPool<int>.Shared.Return(positions);
        ArrayPool<decimal>.Shared.Return(values);
        if (pointCategories is not null)
        {
            ArrayPool<byte>.Shared.Return(pointCategories);
            pointCategories = null;
        }

        ReturnSecondaries();
        text = [];
        positions = [];
        values = [];
    }

    internal static TransparencyDocumentKind? KindOf(string root) => root switch
    {
        "Publication_MarketDocument" => TransparencyDocumentKind.Publication,
        "GL_MarketDocument" => TransparencyDocumentKind.GenerationLoad,
        "Balancing_MarketDocument" => TransparencyDocumentKind.Balancing,
        "TransmissionNetwork_MarketDocument" => TransparencyDocumentKind.TransmissionNetwork,
        "Unavailability_MarketDocument" => TransparencyDocumentKind.Unavailability,
        DocumentInspector.AcknowledgementRoot => TransparencyDocumentKind.Acknowledgement,
        _ => null,
    };

    /// <summary>
    /// The error for a real platform document the SDK does not read yet, so that a caller is told what it is rather
    /// than that it is unknown; null for a root the platform does not send.
    /// </summary>
    internal static TransparencyUnsupportedDocumentException? Unsupported(string root)
    {
        var what = root switch
        {
            "CriticalNetworkElement_MarketDocument" =>
                "a flow-based allocation document (critical network elements with their PTDFs and margins, document type B11 " +
                "for a B09 query); the SDK does not read flow-based documents yet",
            "Configuration_MarketDocument" =>
                "master data (production and generation units, document type A95); the SDK does not read master data yet",
            "HVDCLink_MarketDocument" =>
                "an HVDC link document (permanent limitations, document type A99); the SDK does not read HVDC link documents yet",
            "ReserveBid_MarketDocument" =>
                "a reserve bid document (bids as Bid_TimeSeries, document type A37); the SDK does not read bid documents yet",
            _ => null,
        };

        return what is null
            ? null
            : new TransparencyUnsupportedDocumentException(
                root,
                $"The document is {what}. Fetch its bytes with TransparencyClient.QueryAsync and read them with an XML reader of your own.");
    }

    private void ReadTimeSeries(List<TimeSeries> series)
    {
        var fields = default(TimeSeriesFields);
        var outage = readOutages ? new OutageFields() : null;
        rawPeriods.Clear();
        pointCount = 0;
        categories.Clear();
        categorized = false;
        StartSeriesValues();
        if (Enter())
        {
            while (NextChild())
            {
                switch (reader.LocalName)
                {
                    case "mRID":
                        fields.Id = ReadString();
                        break;
                    case "businessType":
                        fields.BusinessType = ReadString();
                        break;
                    case "MktPSRType":
                        ReadProductionType(ref fields);
                        break;
                    case "registeredResource.mRID":
                        fields.ResourceId ??= ReadString();
                        break;

                    // Installed capacity per unit (A71) names its unit here rather than under MktPSRType.
                    case "registeredResource.name":
                        fields.ResourceName ??= ReadString();
                        break;
                    case "in_Domain.mRID":
                        fields.InDomain = ReadString();
                        break;
                    case "out_Domain.mRID":
                        fields.OutDomain = ReadString();
                        break;
                    case "biddingZone_Domain.mRID":
                        fields.BiddingZone = ReadString();
                        break;
                    case "inBiddingZone_Domain.mRID":
                        fields.InBiddingZone = ReadString();
                        break;
                    case "outBiddingZone_Domain.mRID":
                        fields.OutBiddingZone = ReadString();
                        break;
                    case "quantity_Measure_Unit.name":
                        fields.QuantityUnit = ReadString();
                        break;
                    case "currency_Unit.name":
                        fields.CurrencyUnit = ReadString();
                        break;
                    case "price_Measure_Unit.name":
                        fields.PriceUnit = ReadString();
                        break;
                    case "curveType":
                        fields.CurveType = ReadString();
                        break;
                    case "contract_MarketAgreement.type":
                        fields.ContractType = ReadString();
                        break;
                    case "type_MarketAgreement.type":
                        fields.MarketAgreementType = ReadString();
                        break;
                    case "standard_MarketProduct.marketProductType":
                        fields.StandardMarketProduct = ReadString();
                        break;
                    case "original_MarketProduct.marketProductType":
                        fields.OriginalMarketProduct = ReadString();
                        break;

                    // Balancing documents (A15, A81, A83, A84) write the production or resource type flattened.
                    case "mktPSRType.psrType":
                        fields.PsrType = ReadString();
                        break;
                    case "auction.category":
                        fields.AuctionCategory = ReadString();
                        break;
                    case "flowDirection.direction":
                        fields.FlowDirection = ReadString();
                        break;
                    case "classificationSequence_AttributeInstanceComponent.position":
                        fields.Sequence = ReadSequence();
                        break;
                    case "imbalance_Price.category":
                        fields.PriceCategory = ReadString();
                        break;
                    // Available_Period: the capacity left during an outage; WindPowerFeedin_Period: the wind power an
                    // offshore grid can still feed in during its outage (A79).
                    case "Period":
                    case "Available_Period":
                    case "WindPowerFeedin_Period":
                        ReadPeriod();
                        break;
                    default:
                        if (outage is null || !TryReadOutageField(outage))
                        {
                            reader.Skip();
                        }

                        break;
                }
            }
        }

        FinishSeriesValues(ref fields);
        var curveType = CurveTypeOf(fields.CurveType);
        if (outage is not null)
        {
            // An outage's capacity stays as the stated steps: expanding a PT1M curve over months would cost a point per minute.
            AddOutageSeries(fields, outage, curveType);
            return;
        }

        if (!categorized)
        {
            AddSeries(series, fields, curveType, category: -1);
            return;
        }

        // Several categories in one series (dual imbalance prices), or one amount per direction (financial expenses and
        // income): one series per label, so that every value is kept and each series still has one value per position.
        // Points without a label first.
        for (var category = 0; category < categories.Count; category++)
        {
            var split = fields;
            if (labelTarget == LabelTarget.FlowDirection)
            {
                split.FlowDirection = categories[category] ?? fields.FlowDirection;
            }
            else
            {
                split.PriceCategory = categories[category] ?? fields.PriceCategory;
            }

            AddSeries(series, split, curveType, category);
        }
    }

    /// <summary>Adds the series of the points read, or of those of <paramref name="category"/> only when it is not -1.</summary>
    private void AddSeries(List<TimeSeries> series, TimeSeriesFields fields, TimeSeriesCurveType curveType, int category)
    {
        var periods = new List<TimeSeriesPeriod>(rawPeriods.Count);
        var any = false;
        foreach (var raw in rawPeriods)
        {
            TimeSeriesPoint[] points;
            if (category < 0)
            {
                points = CurveExpander.Expand(raw, curveType, positions.AsSpan(raw.Offset, raw.Count), values.AsSpan(raw.Offset, raw.Count), Secondaries(raw.Offset, raw.Count), window);
            }
            else
            {
                var count = 0;
                for (var i = raw.Offset; i < raw.Offset + raw.Count; i++)
                {
                    count += pointCategories![i] == category ? 1 : 0;
                }

                if (count == 0)
                {
                    continue;
                }

                any = true;
                var ownPositions = ArrayPool<int>.Shared.Rent(count);
                var ownValues = ArrayPool<decimal>.Shared.Rent(count);
                var ownSecondaries = hasSecondaries ? ArrayPool<decimal?>.Shared.Rent(count) : null;
                try
                {
                    var written = 0;
                    for (var i = raw.Offset; i < raw.Offset + raw.Count; i++)
                    {
                        if (pointCategories![i] == category)
                        {
                            ownPositions[written] = positions[i];
                            ownValues[written] = values[i];
                            if (ownSecondaries is not null)
                            {
                                ownSecondaries[written] = secondaryValues![i];
                            }

                            written++;
                        }
                    }

                    points = CurveExpander.Expand(
                        raw,
                        curveType,
                        ownPositions.AsSpan(0, count),
                        ownValues.AsSpan(0, count),
                        ownSecondaries is null ? [] : ownSecondaries.AsSpan(0, count),
                        window);
                }
                finally
                {
                    ArrayPool<int>.Shared.Return(ownPositions);
                    ArrayPool<decimal>.Shared.Return(ownValues);
                    if (ownSecondaries is not null)
                    {
                        ArrayPool<decimal?>.Shared.Return(ownSecondaries);
                    }
                }
            }

            if (window is null || points.Length > 0)
            {
                periods.Add(new TimeSeriesPeriod(raw.Interval, raw.Resolution, Array.AsReadOnly(points)));
            }
        }

        // A category with no point in this series (the 'none' slot when every point states one) makes no series.
        if (category >= 0 && !any)
        {
            return;
        }

        if (window is null || periods.Count > 0)
        {
            series.Add(new TimeSeries(fields, curveType, periods.AsReadOnly()));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadPeriod()
    {
        var line = lineInfo?.LineNumber ?? 0;
        var column = lineInfo?.LinePosition ?? 0;
        UtcInterval? interval = null;
        DateTimeOffset? flatStart = null;
        DateTimeOffset? flatEnd = null;
        TimeSeriesResolution? resolution = null;
        var offset = pointCount;
        var reserved = false;
        if (Enter())
        {
            while (NextChild())
            {
                var name = reader.LocalName;
                if (name == pointName)
                {
                    if (!reserved)
                    {
                        Reserve(interval, resolution);
                        reserved = true;
                    }

                    ReadPoint();
                    continue;
                }

                switch (name)
                {
                    case "Point":
                        ReadPoint();
                        break;
                    case "timeInterval":
                        interval = ReadInterval();
                        break;

                    // Installed capacity per unit (A71) writes the interval flattened, with seconds.
                    case "timeInterval.start":
                        flatStart = ReadInstant();
                        break;
                    case "timeInterval.end":
                        flatEnd = ReadInstant();
                        break;
                    case "resolution":
                        resolution = ReadResolution();
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
        }

        if (interval is null && (flatStart is not null || flatEnd is not null))
        {
            interval = FlatInterval("timeInterval", flatStart, flatEnd);
        }

        if (interval is null || resolution is null)
        {
            throw new TransparencyDocumentException(
                $"The Period at line {line.ToString(CultureInfo.InvariantCulture)} has no {(interval is null ? "timeInterval" : "resolution")}; its points cannot be placed in time.",
                line,
                column);
        }

        rawPeriods.Add(new RawPeriod(interval.Value, resolution, offset, pointCount - offset, line, column));
    }

    /// <summary>
    /// Makes room for the points of a period <paramref name="interval"/> long at <paramref name="resolution"/>, so the
    /// buffers do not grow step by step through a long period; calendar resolutions have few points and are left to grow.
    /// </summary>
    private void Reserve(UtcInterval? interval, TimeSeriesResolution? resolution)
    {
        if (interval is not { } period || resolution is null || resolution.IsLocalCalendar)
        {
            return;
        }

        var steps = (period.End - period.Start).Ticks / resolution.Duration.Ticks;
        var needed = pointCount + (int)Math.Clamp(steps, 0, MaxReservedPoints);
        if (needed > positions.Length)
        {
            Grow(needed);
        }
    }

    // MktPSRType holds the production type and, on per-unit items (A73), the unit itself under PowerSystemResources.
    private void ReadProductionType(ref TimeSeriesFields fields)
    {
        if (!Enter())
        {
            return;
        }

        while (NextChild())
        {
            switch (reader.LocalName)
            {
                case "psrType":
                    fields.PsrType = ReadString();
                    break;
                case "PowerSystemResources" when Enter():
                    while (NextChild())
                    {
                        switch (reader.LocalName)
                        {
                            case "mRID":
                                fields.ResourceId = ReadString();
                                break;
                            case "name":
                                fields.ResourceName = ReadString();
                                break;
                            default:
                                reader.Skip();
                                break;
                        }
                    }

                    break;
                case "PowerSystemResources":
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>The text of the child <paramref name="child"/> of the current element (<c>docStatus/value</c>).</summary>
    private string? ReadChildString(string child)
    {
        string? found = null;
        if (Enter())
        {
            while (NextChild())
            {
                if (reader.LocalName == child)
                {
                    found = ReadString();
                }
                else
                {
                    reader.Skip();
                }
            }
        }

        return found;
    }

    private AcknowledgementReason ReadReason()
    {
        string? code = null;
        string? reasonText = null;
        if (Enter())
        {
            while (NextChild())
            {
                switch (reader.LocalName)
                {
                    case "code":
                        code = ReadString();
                        break;
                    case "text":
                        reasonText = ReadString();
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
        }

        return new AcknowledgementReason(code, reasonText);
    }

    private UtcInterval ReadInterval()
    {
        var name = reader.LocalName;
        DateTimeOffset? start = null;
        DateTimeOffset? end = null;
        if (Enter())
        {
            while (NextChild())
            {
                switch (reader.LocalName)
                {
                    case "start":
                        start = ReadInstant();
                        break;
                    case "end":
                        end = ReadInstant();
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
        }

        return FlatInterval(name, start, end);
    }

    /// <summary>An interval from its two instants, read nested (<c>timeInterval/start</c>) or flattened (<c>timeInterval.start</c>).</summary>
    private UtcInterval FlatInterval(string name, DateTimeOffset? start, DateTimeOffset? end)
    {
        if (start is null || end is null)
        {
            throw Error($"The {name} has no {(start is null ? "start" : "end")}.");
        }

        if (end.Value < start.Value)
        {
            throw Error($"The {name} ends ({Instants.Format(end.Value)}) before it starts ({Instants.Format(start.Value)}).");
        }

        return new UtcInterval(start.Value, end.Value);
    }

    private TimeSeriesResolution ReadResolution()
    {
        var (line, column) = Here();
        var value = ReadString();
        return TimeSeriesResolution.TryParse(value, out var resolution)
            ? resolution
            : throw new TransparencyDocumentException(
                $"Unknown resolution at line {line.ToString(CultureInfo.InvariantCulture)}: {TimeSeriesResolution.UnknownMessage(value)}",
                line,
                column);
    }

    private DateTimeOffset ReadInstant()
    {
        var (line, column) = Here();
        var name = reader.LocalName;
        var value = ReadText();
        return Instants.TryParse(value, out var instant)
            ? instant
            : throw new TransparencyDocumentException(
                $"The {name} at line {line.ToString(CultureInfo.InvariantCulture)} is '{Quote(value)}', which is not an ISO 8601 UTC instant such as 2024-01-01T00:00Z.",
                line,
                column);
    }

    // The revision was skipped before outages needed it: a value that is not a number leaves it unset rather than
    // failing a price or load document that parsed before.
    private int? ReadRevisionNumber() =>
        int.TryParse(ReadText(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    private int ReadSequence()
    {
        var (line, column) = Here();
        var value = ReadText();
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) && sequence > 0
            ? sequence
            : throw new TransparencyDocumentException(
                $"The classificationSequence_AttributeInstanceComponent.position at line {line.ToString(CultureInfo.InvariantCulture)} is '{Quote(value)}', which is not a positive whole number.",
                line,
                column);
    }

    /// <summary>Moves into the current element's content; false (and past the element) when it is empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Enter()
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return false;
        }

        reader.Read();
        return true;
    }

    /// <summary>Moves to the next child element; false (and past the parent's end tag) when there is none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool NextChild()
    {
        while (true)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    return true;
                case XmlNodeType.EndElement:
                    reader.Read();
                    return false;
                default:
                    // Text between elements, comments and the like carry nothing for the model.
                    if (!reader.Read())
                    {
                        return false;
                    }

                    break;
            }
        }
    }

    private void Grow(int minimum = 0)
    {
        var size = Math.Max(positions.Length * 2, minimum);
        var newPositions = ArrayPool<int>.Shared.Rent(size);
        var newValues = ArrayPool<decimal>.Shared.Rent(size);
        positions.AsSpan(0, pointCount).CopyTo(newPositions);
        values.AsSpan(0, pointCount).CopyTo(newValues);
        ArrayPool<int>.Shared.Return(positions);
        ArrayPool<decimal>.Shared.Return(values);
        positions = newPositions;
        values = newValues;
        GrowSecondaries(size);
        if (categorized && pointCategories!.Length < size)
        {
            var newCategories = ArrayPool<byte>.Shared.Rent(size);
            pointCategories.AsSpan(0, pointCount).CopyTo(newCategories);
            ArrayPool<byte>.Shared.Return(pointCategories);
            pointCategories = newCategories;
        }
    }

    private TimeSeriesCurveType CurveTypeOf(string? code) => code switch
    {
        null or "" or "A01" => TimeSeriesCurveType.SequentialFixedSizeBlocks,
        "A03" => TimeSeriesCurveType.VariableSizedBlocks,
        _ => throw Error($"Curve type '{Quote(code)}' is not supported (A01 sequential fixed size blocks and A03 variable sized blocks are)."),
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private (int Line, int Column) Here() => (lineInfo?.LineNumber ?? 0, lineInfo?.LinePosition ?? 0);

    private TransparencyDocumentException Error(string message)
    {
        var (line, column) = Here();
        return line > 0
            ? new TransparencyDocumentException($"{message} (line {line.ToString(CultureInfo.InvariantCulture)})", line, column)
            : new TransparencyDocumentException(message, line, column);
    }

    // Values come from the document, which is not ours: quote only a bounded piece of them.
    private static string Quote(ReadOnlySpan<char> value) =>
        value.Length <= MaxQuoted ? new string(value) : string.Concat(value[..MaxQuoted], "…");
}
