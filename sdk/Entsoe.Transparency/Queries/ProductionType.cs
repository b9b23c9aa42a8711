namespace Entsoe.Transparency;

/// <summary>
/// A production type, the platform's <c>psrType</c> code (its "PsrType" code list; entsoe-py's
/// <c>PSRTYPE_MAPPINGS</c>). Each member's value is the number in its code: <see cref="Solar"/> is 16, <c>B16</c>.
/// Only the codes of generation are here; <c>B21</c>–<c>B24</c> name transmission assets, not production.
/// </summary>
public enum ProductionType
{
    /// <summary><c>B01</c>, biomass.</summary>
    Biomass = 1,

    /// <summary><c>B02</c>, fossil brown coal or lignite.</summary>
    FossilBrownCoalLignite = 2,

    /// <summary><c>B03</c>, fossil coal-derived gas.</summary>
    FossilCoalDerivedGas = 3,

    /// <summary><c>B04</c>, fossil gas.</summary>
    FossilGas = 4,

    /// <summary><c>B05</c>, fossil hard coal.</summary>
    FossilHardCoal = 5,

    /// <summary><c>B06</c>, fossil oil.</summary>
    FossilOil = 6,

    /// <summary><c>B07</c>, fossil oil shale.</summary>
    FossilOilShale = 7,

    /// <summary><c>B08</c>, fossil peat.</summary>
    FossilPeat = 8,

    /// <summary><c>B09</c>, geothermal.</summary>
    Geothermal = 9,

    /// <summary><c>B10</c>, hydro pumped storage; its actual generation has a consumption series as well.</summary>
    HydroPumpedStorage = 10,

    /// <summary><c>B11</c>, hydro run-of-river and poundage.</summary>
    HydroRunOfRiverAndPoundage = 11,

    /// <summary><c>B12</c>, hydro water reservoir.</summary>
    HydroWaterReservoir = 12,

    /// <summary><c>B13</c>, marine.</summary>
    Marine = 13,

    /// <summary><c>B14</c>, nuclear.</summary>
    Nuclear = 14,

    /// <summary><c>B15</c>, other renewable.</summary>
    OtherRenewable = 15,

    /// <summary><c>B16</c>, solar.</summary>
    Solar = 16,

    /// <summary><c>B17</c>, waste.</summary>
    Waste = 17,

    /// <summary><c>B18</c>, wind offshore.</summary>
    WindOffshore = 18,

    /// <summary><c>B19</c>, wind onshore.</summary>
    WindOnshore = 19,

    /// <summary><c>B20</c>, other.</summary>
    Other = 20,

    /// <summary><c>B25</c>, energy storage (other than pumped hydro).</summary>
    EnergyStorage = 25,
}
