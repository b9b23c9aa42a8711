namespace Entsoe.Transparency;

/// <summary>The outage fields of one <c>TimeSeries</c> as they stream past, gathered before the outage is built.</summary>
internal sealed class OutageFields
{
    public string? StartDate;
    public string? StartTime;
    public string? EndDate;
    public string? EndTime;
    public string? ProductionId;
    public string? ProductionName;
    public string? ProductionLocation;
    public string? PsrType;
    public string? UnitId;
    public string? UnitName;
    public decimal? NominalPower;
    public string? NominalPowerUnit;

    public List<OutageResource> Assets { get; } = [];

    public List<OutageReason> Reasons { get; } = [];

    public OutageResource? ProductionUnit() =>
        ProductionId is null && ProductionName is null && ProductionLocation is null && PsrType is null
            ? null
            : new OutageResource(ProductionId, ProductionName, PsrType, ProductionLocation);

    public OutageResource? GenerationUnit() =>
        UnitId is null && UnitName is null && NominalPower is null
            ? null
            : new OutageResource(UnitId, UnitName, PsrType, null);
}
