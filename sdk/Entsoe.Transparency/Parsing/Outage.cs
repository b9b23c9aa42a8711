namespace Entsoe.Transparency;

/// <summary>
/// One outage: a <c>TimeSeries</c> of an <c>Unavailability_MarketDocument</c> (unavailability of production units A77,
/// of transmission infrastructure A78, of offshore grid infrastructure A79, of generation units A80) with the fields of
/// its document. The platform publishes one document per outage; a document with several series gives several outages
/// sharing <see cref="DocumentId"/>. Each revision is a document of its own: keep the highest
/// <see cref="RevisionNumber"/> per <see cref="DocumentId"/> for the current state.
/// </summary>
public sealed class Outage
{
    internal Outage(DocumentHeader header, TimeSeriesFields fields, OutageFields outage, UtcInterval? interval, IReadOnlyList<OutageCapacityStep> availableCapacity, IReadOnlyList<OutageReason> reasons)
    {
        DocumentId = header.Id;
        RevisionNumber = header.RevisionNumber;
        DocumentType = header.DocumentType;
        CreatedAt = header.CreatedAt;
        StatusCode = header.Status;
        Status = header.Status switch
        {
            null or "" => OutageStatus.Unspecified,
            "A05" => OutageStatus.Active,
            "A09" => OutageStatus.Cancelled,
            "A13" => OutageStatus.Withdrawn,
            _ => OutageStatus.Other,
        };
        SeriesId = fields.Id;
        BusinessType = fields.BusinessType;
        OutageType = fields.BusinessType switch
        {
            null or "" => OutageType.Unspecified,
            "A53" => OutageType.Planned,
            "A54" => OutageType.Forced,
            _ => OutageType.Other,
        };
        BiddingZone = fields.BiddingZone;
        InDomain = fields.InDomain;
        OutDomain = fields.OutDomain;
        QuantityUnit = fields.QuantityUnit;
        Interval = interval;
        ProductionUnit = outage.ProductionUnit();
        GenerationUnit = outage.GenerationUnit();
        NominalPower = outage.NominalPower;
        NominalPowerUnit = outage.NominalPowerUnit;
        Assets = outage.Assets.AsReadOnly();
        AvailableCapacity = availableCapacity;
        Reasons = reasons;
    }

    /// <summary>The document's <c>mRID</c>: the outage's identity across its revisions.</summary>
    public string? DocumentId { get; }

    /// <summary>The document's <c>revisionNumber</c>; a later revision replaces an earlier one.</summary>
    public int? RevisionNumber { get; }

    /// <summary>The document <c>type</c>: <c>A77</c>, <c>A78</c>, <c>A79</c> or <c>A80</c>.</summary>
    public string? DocumentType { get; }

    /// <summary>The document's <c>createdDateTime</c>, when stated.</summary>
    public DateTimeOffset? CreatedAt { get; }

    /// <summary>Whether the outage stands, from <see cref="StatusCode"/>.</summary>
    public OutageStatus Status { get; }

    /// <summary>The <c>docStatus/value</c> as stated (<c>A05</c>, <c>A09</c>, <c>A13</c>), or null.</summary>
    public string? StatusCode { get; }

    /// <summary>The series' <c>mRID</c>.</summary>
    public string? SeriesId { get; }

    /// <summary>Planned or forced, from <see cref="BusinessType"/>.</summary>
    public OutageType OutageType { get; }

    /// <summary>The <c>businessType</c> as stated (<c>A53</c> planned, <c>A54</c> forced), or null.</summary>
    public string? BusinessType { get; }

    /// <summary>The EIC code of <c>biddingZone_Domain.mRID</c> (units).</summary>
    public string? BiddingZone { get; }

    /// <summary>The EIC code of <c>in_Domain.mRID</c> (transmission).</summary>
    public string? InDomain { get; }

    /// <summary>The EIC code of <c>out_Domain.mRID</c> (transmission).</summary>
    public string? OutDomain { get; }

    /// <summary>
    /// When the unit or asset is unavailable: the series' <c>start_DateAndOrTime</c> and <c>end_DateAndOrTime</c>, or the
    /// document's <c>unavailability_Time_Period.timeInterval</c> when the series states none.
    /// </summary>
    public UtcInterval? Interval { get; }

    /// <summary>The <c>production_RegisteredResource</c>: the production unit (A77) or the unit the generation unit belongs to (A80).</summary>
    public OutageResource? ProductionUnit { get; }

    /// <summary>
    /// The <c>production_RegisteredResource.pSRType.powerSystemResources</c>: the generation unit the outage is declared on
    /// (A80; on A77 documents the production unit described again), with the production unit's <c>psrType</c>.
    /// </summary>
    public OutageResource? GenerationUnit { get; }

    /// <summary>The installed capacity of <see cref="GenerationUnit"/> (<c>nominalP</c>), when stated.</summary>
    public decimal? NominalPower { get; }

    /// <summary>The unit of <see cref="NominalPower"/> (the <c>unit</c> attribute, usually <c>MAW</c>), when stated.</summary>
    public string? NominalPowerUnit { get; }

    /// <summary>The <c>Asset_RegisteredResource</c> elements: the lines, transformers or other assets affected (A78, A79).</summary>
    public IReadOnlyList<OutageResource> Assets { get; }

    /// <summary>The <c>quantity_Measure_Unit.name</c> of <see cref="AvailableCapacity"/>, usually <c>MAW</c>.</summary>
    public string? QuantityUnit { get; }

    /// <summary>
    /// The capacity still available during the outage (<c>Available_Period</c>; for an offshore grid, A79, the wind
    /// power it can still feed in, <c>WindPowerFeedin_Period</c>), as stated steps in time order.
    /// </summary>
    public IReadOnlyList<OutageCapacityStep> AvailableCapacity { get; }

    /// <summary>The reasons the document gives, document-level ones first.</summary>
    public IReadOnlyList<OutageReason> Reasons { get; }

    /// <summary>Describes the outage: document, revision, status, type and unit; never the capacity curve.</summary>
    public override string ToString() =>
        $"Outage({DocumentId} rev {RevisionNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}, {Status}, {OutageType}, {GenerationUnit?.Name ?? ProductionUnit?.Name ?? (Assets.Count > 0 ? Assets[0].Id : null)})";
}
